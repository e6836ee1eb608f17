import { effect, untracked } from '@angular/core';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { PasswordContext, PasswordPolicy, PasswordRuleResult } from '@guichet/password-policy';
import type { PasswordEvaluator } from './password-evaluator';

/** The policy a password is checked against, and who is choosing it (context words). */
export interface PasswordTarget {
  readonly policy: PasswordPolicy;
  readonly context: PasswordContext;
}

/** A rule that waits for the word lists. */
export function isPending(result: PasswordRuleResult): boolean {
  return 'pending' in result.params && result.params.pending;
}

/**
 * `{ policy: true }` while the password misses a rule of the policy (nothing to say while it is
 * empty: `required` does, or while the policy is not known yet). When the word lists could not be
 * fetched, the rules that need them are left to the server, which has them: the user is not stuck.
 */
export function meetsPasswordPolicy(
  evaluator: PasswordEvaluator,
  target: () => PasswordTarget | null,
): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const current = target();
    if (current === null || control.value === '') return null;
    const evaluation = evaluator.evaluate(control.value, current.policy, current.context);
    if (evaluation.ok) return null;
    const listsLost = evaluator.state() === 'failed';
    return listsLost && evaluation.results.every((result) => result.met || isPending(result))
      ? null
      : { policy: true };
  };
}

/**
 * Checks the control again when the word lists arrive or fail (the pending rules then decide).
 * Call in an injection context (a constructor or field initialiser).
 */
export function revalidateWhenListsChange(
  evaluator: PasswordEvaluator,
  control: AbstractControl,
): void {
  effect(() => {
    evaluator.state();
    untracked(() => control.updateValueAndValidity());
  });
}
