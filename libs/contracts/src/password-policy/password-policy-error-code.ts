/** Errors of the password policy and its compliance audit (PWD-1…PWD-5). */
export enum PasswordPolicyErrorCode {
  /** Repair asked for an account whose password meets the policy. 409. */
  AccountCompliant = 'PASSWORD_POLICY_ACCOUNT_COMPLIANT',
}
