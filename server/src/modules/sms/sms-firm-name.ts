import { gsm7Units } from './gsm7-alphabet';

/** Typographic characters that have a plain GSM-7 look-alike. */
const LOOK_ALIKES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '...',
  œ: 'oe',
  Œ: 'OE',
};

/**
 * The firm name as an SMS can carry it in GSM-7: a single "ç" or "ê" would switch the whole SMS
 * to UCS-2 and halve its room, so letters lose the accents GSM-7 lacks ("Façade" → "Facade"),
 * typographic punctuation becomes plain, any other character is dropped, and runs of white space
 * (line breaks included) become one space. May return an empty string.
 */
export function toGsm7FirmName(name: string): string {
  return [...name.normalize('NFC').replace(/\s+/g, ' ')]
    .map(toGsm7)
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function toGsm7(char: string): string {
  if (gsm7Units(char) !== undefined) return char;
  if (char in LOOK_ALIKES) return LOOK_ALIKES[char];
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  return [...base].every((c) => gsm7Units(c) !== undefined) ? base : '';
}

/**
 * The firm name cut to at most `length` characters, at a word boundary when that keeps at least
 * half of it, without dangling spaces or separators.
 */
export function shortenFirmName(name: string, length: number): string {
  const chars = [...name];
  if (chars.length <= length) return name;
  let cut = chars.slice(0, length).join('');
  const lastSpace = cut.lastIndexOf(' ');
  if (chars[length] !== ' ' && lastSpace >= length / 2) cut = cut.slice(0, lastSpace);
  return cut.replace(/[\s,;:&/-]+$/u, '');
}
