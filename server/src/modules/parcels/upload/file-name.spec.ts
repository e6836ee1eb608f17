import { MAX_FILE_NAME, sanitizeFileName } from './file-name';

describe(sanitizeFileName.name, () => {
  it.each([
    ['relevé.pdf', 'relevé.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['C:\\Users\\Claire\\Documents\\bilan 2026.xlsx', 'bilan 2026.xlsx'],
    ['/absolute/path/', 'document'],
    ['facture\u202Efdp.exe', 'facturefdp.exe'],
    ['a\u0000b\u0007c\u001bd\u007fe\u0085f.txt', 'abcdef.txt'],
    ['zero\u200bwidth\ufeff.txt', 'zerowidth.txt'],
    ['  spaced   out  .txt  ', 'spaced out .txt'],
    ['.htaccess', 'htaccess'],
    ['..', 'document'],
    ['', 'document'],
    [undefined, 'document'],
    ['what?<>|*:".txt', 'what_______.txt'],
    ['e\u0301te\u0301.txt', 'été.txt'],
  ])('makes %j into %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('keeps at most 200 characters, the extension included, without splitting a character', () => {
    const long = sanitizeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toBe(`${'x'.repeat(196)}.pdf`);
    const emoji = sanitizeFileName('📄'.repeat(250));
    expect([...emoji]).toHaveLength(MAX_FILE_NAME);
    expect(emoji).toBe('📄'.repeat(200));
    expect(sanitizeFileName(`a.${'b'.repeat(300)}`)).toHaveLength(MAX_FILE_NAME);
  });
});
