/** Longest stored file name, in characters (code points). */
export const MAX_FILE_NAME = 200;

/** Control characters (C0, DEL, C1), bidirectional overrides and invisible format characters. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters that are not allowed in file names on Windows. */
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name safe to store and to offer for download (PARCEL-5): the last path segment only (a
 * name like `../../etc/passwd` or `C:\x\y.pdf` keeps `passwd`, `y.pdf`), no control or bidi
 * characters (`invoice\u202Efdp.exe` cannot pose as a PDF), NFC, no leading dots, at most 200
 * characters with the extension kept, and never empty.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (cleaned === '') return 'document';
  const chars = [...cleaned];
  if (chars.length <= MAX_FILE_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? [...cleaned.slice(dot)] : [];
  if (extension.length > 0 && extension.length <= 16) {
    return (
      chars
        .slice(0, MAX_FILE_NAME - extension.length)
        .join('')
        .trimEnd() + extension.join('')
    );
  }
  return chars.slice(0, MAX_FILE_NAME).join('').trimEnd();
}
