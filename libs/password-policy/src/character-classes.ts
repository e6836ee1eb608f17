/** The four kinds of characters a composition rule counts. */
export const CHARACTER_CLASSES = ['lower', 'upper', 'digit', 'symbol'] as const;

export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

/**
 * How many characters each class offers an attacker who brute-forces it, as the CNIL's calculator
 * counts them: 26 letters each case, 10 digits, and the 33 printable ASCII symbols (space
 * included). Accented letters count as letters of their case, any other character as a symbol.
 */
export const CHARSET_SIZES: Readonly<Record<CharacterClass, number>> = {
  lower: 26,
  upper: 26,
  digit: 10,
  symbol: 33,
};

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const DIGIT = /\p{Nd}/u;
const SYMBOL = /[^\p{Ll}\p{Lu}\p{Lt}\p{Nd}]/u;
const CLASS_PATTERNS: Readonly<Record<CharacterClass, RegExp>> = {
  lower: LOWER,
  upper: UPPER,
  digit: DIGIT,
  symbol: SYMBOL,
};

/** The class of one character (one code point). */
export function classOf(character: string): CharacterClass {
  if (LOWER.test(character)) return 'lower';
  if (UPPER.test(character)) return 'upper';
  if (DIGIT.test(character)) return 'digit';
  return 'symbol';
}

/** The classes present in a password, in the order of `CHARACTER_CLASSES`. */
export function classesIn(password: string): CharacterClass[] {
  return CHARACTER_CLASSES.filter((kind) => CLASS_PATTERNS[kind].test(password));
}

/** Length in characters as a person counts them: code points, so an emoji counts once. */
export function lengthOf(password: string): number {
  let length = 0;
  for (const _ of password) length++;
  return length;
}

/** Size of the alphabet made of the given classes. */
export function charsetSize(classes: readonly CharacterClass[]): number {
  return classes.reduce((sum, kind) => sum + CHARSET_SIZES[kind], 0);
}

/**
 * The composition-based figure: length × log2(size of the alphabet of the classes present), the
 * model of the CNIL's calculator. It is what the password is worth if every character was drawn at
 * random, so it over-rates anything a person chose; the realistic figure corrects that.
 */
export function compositionEntropyBits(password: string): number {
  const length = lengthOf(password);
  if (length === 0) return 0;
  return length * Math.log2(charsetSize(classesIn(password)));
}

/**
 * The smallest alphabet that any `k` classes make: a password that meets a "k of 4" rule with the
 * least favourable classes draws from this many characters (62 for 3 of 4: both cases + digits).
 */
export function smallestCharsetOf(k: number): number {
  const sizes = CHARACTER_CLASSES.map((kind) => CHARSET_SIZES[kind]).sort((a, b) => a - b);
  const count = Math.min(Math.max(k, 1), sizes.length);
  return sizes.slice(0, count).reduce((sum, size) => sum + size, 0);
}
