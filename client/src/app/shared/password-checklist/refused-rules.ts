import type {
  PasswordEvaluation,
  PasswordPolicy,
  PasswordRuleResult,
} from '@guichet/password-policy';

/**
 * The rules the server names when it refuses a password (`fields.password: ['not-recent', …]`),
 * as unmet checklist lines: the line the live evaluation already has, or, for the history rule
 * that only the server can check, one built from the policy. Unknown ids are left out.
 */
export function refusedRules(
  ids: readonly string[],
  evaluation: PasswordEvaluation | null,
  policy: PasswordPolicy,
): PasswordRuleResult[] {
  const refused: PasswordRuleResult[] = [];
  for (const id of new Set(ids)) {
    const known = evaluation?.results.find((result) => result.rule === id);
    if (known) {
      refused.push({ ...known, met: false } as PasswordRuleResult);
    } else if (id === 'not-recent') {
      refused.push({ rule: 'not-recent', met: false, params: { historySize: policy.historySize } });
    }
  }
  return refused;
}
