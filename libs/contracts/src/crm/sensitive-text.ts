import { SENSITIVE_LEXICON } from './sensitive-lexicon';

/**
 * What a free-text remark may reveal that it should not (GDPR-7): health, religious beliefs,
 * political or union opinions, offences and convictions, and insulting judgements of a person.
 */
export type SensitiveCategory = 'health' | 'religion' | 'opinions' | 'offences' | 'insults';

export const SENSITIVE_CATEGORIES: readonly SensitiveCategory[] = [
  'health',
  'religion',
  'opinions',
  'offences',
  'insults',
];

/** Lower case, accents removed, split on everything that is not a letter or a digit. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const PHRASES: ReadonlyArray<{ category: SensitiveCategory; words: string[] }> =
  SENSITIVE_CATEGORIES.flatMap((category) =>
    SENSITIVE_LEXICON[category].map((phrase) => ({ category, words: wordsOf(phrase) })),
  );

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * The sensitive categories a text seems to touch, in {@link SENSITIVE_CATEGORIES} order: whole
 * words of a French/English lexicon, case- and accent-insensitively. A hint for a warning, not
 * a verdict: the user may save anyway after seeing it.
 */
export function sensitiveCategoriesIn(text: string): SensitiveCategory[] {
  const words = wordsOf(text);
  const found = new Set<SensitiveCategory>();
  for (const phrase of PHRASES) {
    if (!found.has(phrase.category) && containsRun(words, phrase.words)) found.add(phrase.category);
  }
  return SENSITIVE_CATEGORIES.filter((category) => found.has(category));
}
