import { charsetSize, classesIn, lengthOf } from './character-classes';
import type { StrengthAnalysis } from './password-dictionaries';

export type ZxcvbnScore = 0 | 1 | 2 | 3 | 4;

/**
 * zxcvbn looks at the first 40 characters only. Its matching grows with the square of the length
 * (every substring against every dictionary, leetspeak variants included), and 40 characters keep
 * a 64-character password well under 50 ms; the rest is counted as worth nothing, which can only
 * under-rate a password that long.
 */
export const STRENGTH_WINDOW = 40;

/** zxcvbn's flat cost of a character it cannot recognise: 10 guesses. */
const ZXCVBN_BRUTEFORCE_BITS = Math.log2(10);

/**
 * The realistic figure: zxcvbn's guesses (log2) for what it recognises (dictionary words,
 * leetspeak, dates, sequences, repeats, keyboard walks), with the random-looking characters it
 * could only brute-force counted on the composition model (log2 of the alphabet of their own
 * classes each) instead of zxcvbn's flat 10 guesses; the words of a phrase it brute-forced keep
 * zxcvbn's count. zxcvbn's 10 is calibrated for its 0–4 score, not for bits: left as
 * is, 12 random characters would be worth 40 bits and no 12-character password could reach the
 * CNIL's 50. Never above the composition figure for a password zxcvbn cannot read at all.
 */
export function realisticEntropyBits(analysis: StrengthAnalysis): number {
  const { bruteforced } = analysis;
  if (bruteforced === '') return analysis.guessesLog2;
  const perCharacter = Math.log2(charsetSize(classesIn(bruteforced)));
  return analysis.guessesLog2 + lengthOf(bruteforced) * (perCharacter - ZXCVBN_BRUTEFORCE_BITS);
}
