import type { Civility } from '../accounts/civility';
import type { Role } from '../accounts/role';
import type { Language } from '../i18n/language';

/**
 * How a new account gets its first password:
 * - `invitation` (default): with an e-mail, the person is invited by mail (identifier and a 7-day
 *   password-set link, IDV-8); without one, no password until a first connection (IDV-3);
 * - `temporary-password` (PWD-3): a random temporary password answered once, to hand over by the
 *   admin; it expires after 72 hours and must be changed at first sign-in. No mail is sent.
 */
export type NewAccountCredential = 'invitation' | 'temporary-password';

/**
 * Body of `POST /api/admin/accounts` (admin): creates a client or staff account. Answers a
 * `CreatedAccount` (201): the new account as an `AdminAccountSummary`, with its temporary password
 * when asked for. 409 `GDPR_ERASED_BEFORE` (fields `email`, `mobile`) when the e-mail or mobile is
 * that of a person erased at their request (GDPR-2).
 */
export interface NewAccountRequest {
  role: Role;
  accessCode: string;
  civility?: Civility | null;
  firstName?: string | null;
  lastName: string;
  email?: string | null;
  /** Any format libphonenumber reads; stored E.164. */
  mobile?: string | null;
  /** Clients only: the staff member who receives their parcels. */
  accountManagerId?: string | null;
  /** Language of the invitation and later mails (default `fr`). */
  language?: Language;
  /** Default `invitation`. */
  credential?: NewAccountCredential;
}
