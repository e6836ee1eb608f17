/** Bytes of the start of a file that the sniffer looks at. */
export const SNIFF_BYTES = 8 * 1024;

/** Types a browser may show in a page (PARCEL-4); every other type is downloaded. */
export const VIEWABLE_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
]);

const ascii = (text: string) => Buffer.from(text, 'latin1');

/** Magic numbers at an offset, most specific first. */
const SIGNATURES: { type: string; offset: number; bytes: Buffer; weak?: true }[] = [
  { type: 'application/pdf', offset: 0, bytes: ascii('%PDF-') },
  {
    type: 'image/png',
    offset: 0,
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { type: 'image/jpeg', offset: 0, bytes: Buffer.from([0xff, 0xd8, 0xff]) },
  { type: 'image/gif', offset: 0, bytes: ascii('GIF87a') },
  { type: 'image/gif', offset: 0, bytes: ascii('GIF89a') },
  { type: 'image/tiff', offset: 0, bytes: Buffer.from([0x49, 0x49, 0x2a, 0x00]) },
  { type: 'image/tiff', offset: 0, bytes: Buffer.from([0x4d, 0x4d, 0x00, 0x2a]) },
  { type: 'image/bmp', offset: 0, bytes: ascii('BM'), weak: true },
  {
    type: 'application/x-ole-storage',
    offset: 0,
    bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
  { type: 'application/x-rar-compressed', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  {
    type: 'application/x-7z-compressed',
    offset: 0,
    bytes: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]),
  },
  { type: 'application/gzip', offset: 0, bytes: Buffer.from([0x1f, 0x8b]) },
  { type: 'application/rtf', offset: 0, bytes: ascii('{\\rtf') },
  { type: 'audio/mpeg', offset: 0, bytes: ascii('ID3'), weak: true },
  { type: 'application/x-msdownload', offset: 0, bytes: ascii('MZ'), weak: true },
  { type: 'application/x-executable', offset: 0, bytes: ascii('\x7fELF') },
  { type: 'application/x-mach-binary', offset: 0, bytes: Buffer.from([0xcf, 0xfa, 0xed, 0xfe]) },
];

const startsWith = (head: Buffer, bytes: Buffer, offset = 0) =>
  head.length >= offset + bytes.length &&
  head.subarray(offset, offset + bytes.length).equals(bytes);

/** A ZIP, told apart from the Office and OpenDocument formats built on it by their first entries. */
function zipType(head: Buffer): string {
  const text = head.toString('latin1');
  if (text.includes('mimetypeapplication/vnd.oasis.opendocument.text')) {
    return 'application/vnd.oasis.opendocument.text';
  }
  if (text.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) {
    return 'application/vnd.oasis.opendocument.spreadsheet';
  }
  if (text.includes('[Content_Types].xml') || text.includes('_rels/.rels')) {
    if (text.includes('word/')) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
    if (text.includes('xl/')) {
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    }
    if (text.includes('ppt/')) {
      return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
    }
  }
  return 'application/zip';
}

/**
 * Whether `head` reads as UTF-8 text: valid sequences (one cut at the very end is allowed, the
 * sample may stop mid-character) and no control characters other than tab, line feed, form feed
 * and carriage return.
 */
function isText(head: Buffer, complete: boolean): boolean {
  const bytes = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) {
        return false;
      }
      if (byte === 0x7f) return false;
      i++;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
    if (length === 0 || byte > 0xf4) return false;
    if (i + length > bytes.length) return !complete;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += length;
  }
  return true;
}

/** Markup a browser would run as a page or an image with scripts: never called plain text. */
function markupType(head: Buffer): string | null {
  const start = head.toString('utf8', 0, 512).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'text/html';
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) {
    return 'image/svg+xml';
  }
  if (start.startsWith('<?xml')) return 'application/xml';
  return null;
}

/**
 * The type of a file from its first bytes (at most {@link SNIFF_BYTES}), never from its name:
 * PDF, images, ZIP and the Office formats, other archives, executables (so that a workspace can
 * deny them), UTF-8 text; anything else is `application/octet-stream`. `complete` says that
 * `head` is the whole file.
 */
export function sniffContentType(head: Buffer, complete: boolean): string {
  if (head.length === 0) return 'application/octet-stream';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('ftyp'), 4)) return 'video/mp4';
  if (
    startsWith(head, Buffer.from([0x50, 0x4b, 0x03, 0x04])) ||
    startsWith(head, Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  ) {
    return zipType(head);
  }
  const signature = SIGNATURES.find(({ bytes, offset }) => startsWith(head, bytes, offset));
  if (signature && !signature.weak) return signature.type;
  // Two or three letters ("BM", "MZ") also start many a text: text wins over a weak signature.
  if (isText(head, complete)) return markupType(head) ?? 'text/plain';
  return signature?.type ?? 'application/octet-stream';
}
