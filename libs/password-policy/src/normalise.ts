/**
 * The leetspeak substitutions undone before comparing with the block-list and context words.
 * `1` reads as `i` or `l`: both readings are tried.
 */
export const LEET_SUBSTITUTIONS: Readonly<Record<string, readonly string[]>> = {
  '@': ['a'],
  '4': ['a'],
  '0': ['o'],
  '1': ['i', 'l'],
  '3': ['e'],
  '5': ['s'],
  $: ['s'],
  '7': ['t'],
};

const COMBINING_MARKS = /\p{M}/gu;
/** Characters people put between words; removed so that "mot-de-passe" reads "motdepasse". */
const SEPARATORS = /[\s\-_.'’,;:/\\|+]/gu;

/** Lower case, without accents: "Hélène" → "helene". */
export function foldCase(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().normalize('NFC');
}

/** `foldCase` without separators: "Jean-Pierre" → "jeanpierre". */
export function compact(text: string): string {
  return foldCase(text).replace(SEPARATORS, '');
}

/**
 * The readings of a folded text with leetspeak undone: one where each `1` is an `i`, one where it
 * is an `l` (the same one when there is no `1`). Other characters are kept as they are.
 */
export function unleet(folded: string): string[] {
  const readings = [''];
  const second = folded.includes('1') ? [''] : null;
  for (const character of folded) {
    const substitutes = LEET_SUBSTITUTIONS[character];
    readings[0] += substitutes ? substitutes[0] : character;
    if (second) second[0] += substitutes ? substitutes[substitutes.length - 1] : character;
  }
  return second ? [readings[0], second[0]] : readings;
}

/**
 * Every form a password or a context word is compared in: folded, compacted, and each of those
 * with leetspeak undone. Both sides go through the same forms, so "Dup0nt-2024" is found to
 * contain the name "Dupont", and an access code with digits still matches itself.
 */
export function comparableForms(text: string): string[] {
  const folded = foldCase(text);
  const compacted = compact(text);
  const forms = new Set<string>([folded, compacted]);
  for (const form of [folded, compacted]) for (const reading of unleet(form)) forms.add(reading);
  return [...forms];
}
