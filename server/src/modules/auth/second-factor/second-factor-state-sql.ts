import type { SecondFactorState } from './second-factor.repository';

/**
 * The columns of an account's second-factor state, read from `account_second_factor` under
 * `alias`; the sign-in lookup joins them to the account's row. An account without a row reads
 * as nothing enabled.
 */
export function secondFactorStateColumns(alias: string): string {
  return `${alias}.totp_secret AS "totpSecret", ${alias}.totp_enabled_at IS NOT NULL AS "totpEnabled",
    ${alias}.totp_last_step AS "totpLastStep", ${alias}.sms_enabled_at IS NOT NULL AS "smsEnabled"`;
}

/** Those columns as the driver gives them (bigint as text). */
export type SecondFactorStateRow = Omit<SecondFactorState, 'totpLastStep'> & {
  totpLastStep: string | null;
};

export function secondFactorStateOf(row: SecondFactorStateRow): SecondFactorState {
  return {
    totpSecret: row.totpSecret,
    totpEnabled: row.totpEnabled,
    totpLastStep: row.totpLastStep === null ? null : Number(row.totpLastStep),
    smsEnabled: row.smsEnabled,
  };
}
