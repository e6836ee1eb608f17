import type { Civility } from '../accounts/civility';
import type { Role } from '../accounts/role';
import type { Language } from '../i18n/language';

/**
 * Body of `POST /api/admin/accounts` (admin): creates a client or staff account. With an e-mail,
 * the person is invited by mail: identifier and a 7-day password-set link (IDV-8). Answers the
 * new account as an `AdminAccountSummary` (201).
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
}
