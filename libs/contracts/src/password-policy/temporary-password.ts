import type { AdminAccountSummary } from '../admin/admin-account-summary';

/**
 * A temporary password (PWD-3), answered once and never again: the server keeps only its
 * argon2id hash. It expires after 72 hours and must be changed at the first sign-in.
 */
export interface TemporaryPassword {
  password: string;
  /** ISO 8601. */
  expiresAt: string;
}

/**
 * Answer of `POST /api/admin/accounts` (201): the new account, with its temporary password when
 * `credential` was `temporary-password` (null otherwise).
 */
export interface CreatedAccount extends AdminAccountSummary {
  temporaryPassword: TemporaryPassword | null;
}

/**
 * Answer of `POST /api/admin/accounts/:id/temporary-password` (admin, 200): "Générer un mot de
 * passe temporaire". The account's sessions end and its password-set links are void. 404 for
 * another firm's account; 409 `ADMIN_OWN_TEMPORARY_PASSWORD` for the admin's own account.
 */
export interface TemporaryPasswordResult {
  account: AdminAccountSummary;
  temporaryPassword: TemporaryPassword;
}
