import type { PasswordCheck } from './account';

/** The check columns of an account row. */
interface CheckColumns {
  passwordPolicyVersion: number | null;
  passwordMeetsPolicy: boolean | null;
  passwordUnmetRules: string[] | null;
  passwordScore: number | null;
  passwordEntropyBits: number | null;
  passwordCheckKey?: string | null;
}

/** The recorded check of a row, or null when none was recorded. */
export function passwordCheckOf(row: CheckColumns): PasswordCheck | null {
  if (row.passwordPolicyVersion === null) return null;
  return {
    policyVersion: row.passwordPolicyVersion,
    meetsPolicy: row.passwordMeetsPolicy ?? false,
    unmetRules: row.passwordUnmetRules ?? [],
    score: row.passwordScore ?? 0,
    entropyBits: row.passwordEntropyBits ?? 0,
    key: row.passwordCheckKey ?? null,
  };
}
