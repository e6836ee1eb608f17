import { sniffContentType, VIEWABLE_TYPES } from './content-type-sniffer';

const bytes = (...values: number[]) => Buffer.from(values);
const zipWith = (entry: string) =>
  Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.alloc(26), Buffer.from(entry)]);

describe(sniffContentType.name, () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['a GIF', Buffer.from('GIF89a\x01\x00'), 'image/gif'],
    [
      'a WebP',
      Buffer.concat([Buffer.from('RIFF'), bytes(0, 0, 0, 0), Buffer.from('WEBPVP8 ')]),
      'image/webp',
    ],
    ['a ZIP', zipWith('photos/a.jpg'), 'application/zip'],
    ['an empty ZIP', bytes(0x50, 0x4b, 0x05, 0x06, 0, 0), 'application/zip'],
    [
      'a Word document',
      zipWith('[Content_Types].xml ... word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'an Excel workbook',
      zipWith('[Content_Types].xml ... xl/workbook.xml'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'an OpenDocument text',
      zipWith('mimetypeapplication/vnd.oasis.opendocument.text'),
      'application/vnd.oasis.opendocument.text',
    ],
    [
      'an old Office file',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      'application/x-ole-storage',
    ],
    [
      'a Windows program',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]),
      'application/x-msdownload',
    ],
    [
      'a Linux program',
      Buffer.concat([Buffer.from('\x7fELF'), bytes(2, 1, 1, 0)]),
      'application/x-executable',
    ],
    ['UTF-8 text', Buffer.from('Relevé de compte\r\nTotal : 12 €\n'), 'text/plain'],
    ['text with a byte-order mark', Buffer.from('\ufeffBonjour'), 'text/plain'],
    ['text that starts like a program', Buffer.from('MZ est une abréviation.\n'), 'text/plain'],
    ['an HTML page', Buffer.from('  <!DOCTYPE html><html>'), 'text/html'],
    ['an SVG image', Buffer.from('<?xml version="1.0"?><svg xmlns="…">'), 'image/svg+xml'],
    ['Latin-1 text (not UTF-8)', Buffer.from('Relev\xe9', 'latin1'), 'application/octet-stream'],
    ['binary noise', bytes(0, 1, 2, 3, 250, 251), 'application/octet-stream'],
  ])('recognises %s', (_what, head, type) => {
    expect(sniffContentType(head, true)).toBe(type);
  });

  it('gives up on nothing, and allows a character cut at the end of a partial sample only', () => {
    expect(sniffContentType(Buffer.alloc(0), true)).toBe('application/octet-stream');
    const cut = Buffer.from('été').subarray(0, 4);
    expect(sniffContentType(cut, false)).toBe('text/plain');
    expect(sniffContentType(cut, true)).toBe('application/octet-stream');
  });

  it('lets the browser show only types without scripts', () => {
    expect([...VIEWABLE_TYPES].sort()).toEqual([
      'application/pdf',
      'image/gif',
      'image/jpeg',
      'image/png',
      'image/webp',
      'text/plain',
    ]);
  });
});
