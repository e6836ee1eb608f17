import type { AccountCredentials } from './account';
import type { AccountEntity } from './entities/account.entity';
import { passwordCheckOf } from './password-check-columns';

/** The columns of an account that `toAccount` reads. */
export type AccountRow = Omit<
  AccountEntity,
  'accountManagerId' | 'termsAcceptedAt' | 'createdAt' | 'updatedAt'
>;

/** Those columns under their entity names, for the raw SELECTs of the sign-in path. */
export const ACCOUNT_ROW_COLUMNS = `id, workspace_id AS "workspaceId", access_code AS "accessCode", role,
  civility, first_name AS "firstName", last_name AS "lastName", email, mobile,
  mobile_verified_at AS "mobileVerifiedAt", password_hash AS "passwordHash",
  password_kind AS "passwordKind", password_set_at AS "passwordSetAt",
  password_policy_version AS "passwordPolicyVersion",
  password_meets_policy AS "passwordMeetsPolicy", password_unmet_rules AS "passwordUnmetRules",
  password_score AS "passwordScore", password_entropy_bits AS "passwordEntropyBits",
  password_check_key AS "passwordCheckKey", password_expires_at AS "passwordExpiresAt",
  password_change_reason AS "passwordChangeReason", locked_at AS "lockedAt", language`;

export const toAccount = ({
  passwordHash,
  lockedAt,
  mobileVerifiedAt,
  ...row
}: AccountRow): AccountCredentials => ({
  id: row.id,
  workspaceId: row.workspaceId,
  accessCode: row.accessCode,
  role: row.role,
  civility: row.civility,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  mobile: row.mobile,
  mobileVerified: mobileVerifiedAt !== null,
  passwordKind: row.passwordKind,
  passwordSetAt: row.passwordSetAt,
  passwordExpiresAt: row.passwordExpiresAt,
  passwordCheck: passwordCheckOf(row),
  passwordChangeReason: row.passwordChangeReason,
  locked: lockedAt !== null,
  language: row.language,
  passwordHash,
});

/** How an identifier typed at sign-in is looked up: an e-mail address (any case) or an access code. */
export function accountIdentifier(identifier: string): { byEmail: boolean; value: string } {
  const trimmed = identifier.trim();
  const byEmail = trimmed.includes('@');
  return { byEmail, value: byEmail ? trimmed.toLowerCase() : trimmed };
}

/**
 * The SELECT of an account's row by identifier in a workspace, for the repository and for the
 * sign-in lookup's single statement. `workspaceId` and `identifier` are parameters ($n).
 */
export function accountByIdentifierSql(lookup: {
  byEmail: boolean;
  workspaceId: string;
  identifier: string;
}): string {
  const column = lookup.byEmail ? 'email' : 'access_code';
  return `SELECT ${ACCOUNT_ROW_COLUMNS} FROM account
           WHERE workspace_id = ${lookup.workspaceId} AND ${column} = ${lookup.identifier}`;
}
