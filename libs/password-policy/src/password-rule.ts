import type { CharacterClass } from './character-classes';
import type { ContextSource } from './password-context';

/** The parameters each rule reports, for the checklist's message and for logs. */
export interface PasswordRuleParams {
  'min-length': { min: number; length: number; withSecondFactor: boolean };
  'max-length': { max: number; length: number };
  'character-classes': { required: number; present: CharacterClass[] };
  /** `pending` while the dictionaries are not loaded. */
  'not-common': { pending: boolean };
  'no-context-words': { minWordLength: number; found: ContextSource[] };
  'strength-score': { min: number; score: number | null; pending: boolean };
  'min-entropy': {
    min: number;
    /** The lower of the two figures, the one the rule compares. */
    bits: number;
    compositionBits: number;
    realisticBits: number | null;
    pending: boolean;
  };
  /** Checked by the server against stored hashes (`checkPasswordHistory`). */
  'not-recent': { historySize: number };
}

export type PasswordRuleId = keyof PasswordRuleParams;

/** One line of the checklist: which rule, whether the password meets it, with what figures. */
export type PasswordRuleResult = {
  [R in PasswordRuleId]: { rule: R; met: boolean; params: PasswordRuleParams[R] };
}[PasswordRuleId];

/** What `evaluatePassword` answers. */
export interface PasswordEvaluation {
  /** Every rule met. False while a rule is pending: the server must load the dictionaries. */
  ok: boolean;
  /** False while the dictionaries are not loaded (block-list, score and realistic entropy). */
  complete: boolean;
  /** The rules the policy applies, in checklist order. */
  results: PasswordRuleResult[];
  /** zxcvbn score 0–4; null until the dictionaries are loaded. */
  score: number | null;
  /** The lower of the composition and realistic figures (composition alone until loaded). */
  entropyBits: number;
  compositionBits: number;
  realisticBits: number | null;
}
