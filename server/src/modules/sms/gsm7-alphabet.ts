/**
 * GSM 03.38 default alphabet (3GPP TS 23.038), without the escape code 0x1B. Note what is absent:
 * ç (only Ç is there), ê, â, î, ô, û, ë, ï; a single one of them turns a whole SMS into UCS-2.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The extension table: each character is sent as escape + code, so it takes two units. */
const EXTENSION = '\f^{}\\[~]|€';

const UNITS = new Map<string, 1 | 2>([
  ...[...BASIC].map((char) => [char, 1] as const),
  ...[...EXTENSION].map((char) => [char, 2] as const),
]);

/** Septets one character (a code point) takes in GSM-7, or undefined when it needs UCS-2. */
export function gsm7Units(char: string): 1 | 2 | undefined {
  return UNITS.get(char);
}

/** Number of characters of the basic table, exported so a test can check it against the spec. */
export const GSM7_BASIC_SIZE = [...BASIC].length;
