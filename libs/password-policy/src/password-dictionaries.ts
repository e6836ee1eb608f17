import type { ZxcvbnScore } from './strength-analysis';

/**
 * The loaded word lists and the zxcvbn estimator. They weigh a few hundred kilobytes, so they are
 * loaded on demand (`loadDictionaries`) and passed to `evaluatePassword`.
 */
export interface PasswordDictionaries {
  /** Whether a folded candidate is a common password or a dictionary word of the shipped lists. */
  isCommon(candidate: string): boolean;
  /** zxcvbn's analysis of the password, given the context words. */
  analyse(password: string, userInputs: readonly string[]): StrengthAnalysis;
}

/** What the evaluator keeps from zxcvbn's answer. */
export interface StrengthAnalysis {
  score: ZxcvbnScore;
  /** log2 of the guesses zxcvbn counts for the analysed part. */
  guessesLog2: number;
  /**
   * The characters zxcvbn could only brute-force (it counts 10 guesses for each) that look
   * random: without separators and the common words of a phrase. Joined.
   */
  bruteforced: string;
  /** Characters analysed: zxcvbn looks at the first `STRENGTH_WINDOW` only. */
  analysedLength: number;
}
