/**
 * @deprecated Length bounds only. The server checks every rule of the workspace's policy with
 * `evaluatePassword` from `@guichet/password-policy`; clients should use it with
 * `PasswordRulesForUser` (`PasswordLinkInfo.policy`, `PasswordChangeInfo.policy`).
 */
export interface PasswordRules {
  minLength: number;
  maxLength: number;
}

/** The default until workspaces have a policy: CNIL 2022's 12 characters (PWD-1). */
export const DEFAULT_PASSWORD_RULES: PasswordRules = { minLength: 12, maxLength: 128 };

export type PasswordRuleId = 'min-length' | 'max-length';

/** One line of the live checklist: the rule, whether it is met, its parameter. */
export interface PasswordRuleCheck {
  rule: PasswordRuleId;
  met: boolean;
  value: number;
}

/** Checks a password against the rules; the client's checklist and the server use the same one. */
export function checkPassword(password: string, rules: PasswordRules): PasswordRuleCheck[] {
  // Count code points, not UTF-16 units: an emoji is one character to the user.
  const length = [...password].length;
  return [
    { rule: 'min-length', met: length >= rules.minLength, value: rules.minLength },
    { rule: 'max-length', met: length <= rules.maxLength, value: rules.maxLength },
  ];
}
