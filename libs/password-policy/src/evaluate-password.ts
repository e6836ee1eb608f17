import { blockListCandidates } from './block-list-candidates';
import { classesIn, compositionEntropyBits, lengthOf } from './character-classes';
import { comparableForms } from './normalise';
import {
  CONTEXT_WORD_MIN_LENGTH,
  contextWords,
  type ContextSource,
  type ContextWord,
  type PasswordContext,
} from './password-context';
import type { PasswordDictionaries } from './password-dictionaries';
import type { PasswordEvaluation, PasswordRuleResult } from './password-rule';
import { effectiveMinLength, type PasswordPolicy } from './policy';
import { realisticEntropyBits } from './strength-analysis';

/** The context sources whose words the password contains. */
function contextWordsFound(password: string, words: readonly ContextWord[]): ContextSource[] {
  const forms = comparableForms(password);
  const found = new Set<ContextSource>();
  for (const { word, source } of words) {
    if (found.has(source)) continue;
    const wordForms = comparableForms(word);
    if (forms.some((form) => wordForms.some((wordForm) => form.includes(wordForm)))) {
      found.add(source);
    }
  }
  return [...found];
}

/**
 * Checks a password against a policy: the client's live checklist and the server's check run
 * this same function. Without `dictionaries` (still loading in the browser) the block-list, score
 * and realistic entropy are pending: reported unmet, `complete` false. History and maximum age
 * need stored data: see `checkPasswordHistory` and `isExpired`.
 */
export function evaluatePassword(
  typed: string,
  policy: PasswordPolicy,
  context: PasswordContext = {},
  dictionaries?: PasswordDictionaries,
): PasswordEvaluation {
  // Composed form: an "é" typed as e + accent is one lower-case letter, not a letter and a symbol.
  const password = typed.normalize('NFC');
  const length = lengthOf(password);
  const withSecondFactor = context.hasSecondFactor === true;
  const min = effectiveMinLength(policy, withSecondFactor);
  const results: PasswordRuleResult[] = [
    {
      rule: 'min-length',
      met: length >= min,
      params: { min, length, withSecondFactor: withSecondFactor && min < policy.minLength },
    },
    {
      rule: 'max-length',
      met: length <= policy.maxLength,
      params: { max: policy.maxLength, length },
    },
  ];

  const present = classesIn(password);
  if (policy.requiredClasses > 0) {
    results.push({
      rule: 'character-classes',
      met: present.length >= policy.requiredClasses,
      params: { required: policy.requiredClasses, present },
    });
  }

  const pending = dictionaries === undefined;
  const words = contextWords(context);
  // A longer password fails `max-length` anyway, and a pasted megabyte must not stall the page
  // or the server: the word checks look at the first `maxLength` characters.
  const inspected =
    length > policy.maxLength ? Array.from(password).slice(0, policy.maxLength).join('') : password;
  if (policy.blockList) {
    const common = dictionaries
      ? blockListCandidates(inspected).some((candidate) => dictionaries.isCommon(candidate))
      : false;
    results.push({ rule: 'not-common', met: !pending && !common, params: { pending } });
    const found = contextWordsFound(inspected, words);
    results.push({
      rule: 'no-context-words',
      met: found.length === 0,
      params: { minWordLength: CONTEXT_WORD_MIN_LENGTH, found },
    });
  }

  // Long passwords are cut before zxcvbn (STRENGTH_WINDOW); an empty one needs no analysis.
  const analysis =
    dictionaries && length > 0
      ? dictionaries.analyse(
          inspected,
          words.map(({ word }) => word),
        )
      : undefined;
  const score = analysis ? analysis.score : dictionaries ? 0 : null;
  const compositionBits = compositionEntropyBits(password);
  const realisticBits = analysis ? realisticEntropyBits(analysis) : dictionaries ? 0 : null;
  const entropyBits =
    realisticBits === null ? compositionBits : Math.min(compositionBits, realisticBits);

  if (policy.minScore > 0) {
    results.push({
      rule: 'strength-score',
      met: score !== null && score >= policy.minScore,
      params: { min: policy.minScore, score, pending },
    });
  }
  if (policy.minEntropyBits > 0) {
    results.push({
      rule: 'min-entropy',
      met: realisticBits !== null && entropyBits >= policy.minEntropyBits,
      params: {
        min: policy.minEntropyBits,
        bits: entropyBits,
        compositionBits,
        realisticBits,
        pending,
      },
    });
  }

  return {
    ok: results.every((result) => result.met),
    complete: !pending,
    results,
    score,
    entropyBits,
    compositionBits,
    realisticBits,
  };
}
