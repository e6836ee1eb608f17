import type { Civility } from '../accounts/civility';
import type { Role } from '../accounts/role';
import type { AccountState } from './account-state';

/** A person named for display: "Camille Gestionnaire". */
export interface PersonRef {
  id: string;
  name: string;
}

/** One line of `GET /api/admin/accounts`: what an admin of the firm sees of an account. */
export interface AdminAccountSummary {
  id: string;
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  /** In full: the firm's admins may see their clients' contact data. */
  email: string | null;
  /** E.164 (`+33606101010`), in full for the same reason. */
  mobile: string | null;
  state: AccountState;
  /** The staff member who receives this client's parcels (PARCEL-1). */
  accountManager: PersonRef | null;
  /** ISO 8601. */
  createdAt: string;
}

/** Query of `GET /api/admin/accounts`; every parameter is optional. */
export interface AdminAccountQuery {
  /** Words matched, case- and accent-insensitively, in names, access code and e-mail. */
  search?: string;
  role?: Role;
  state?: AccountState;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** A page of accounts sorted by last name, then first name (50 per page). */
export interface AdminAccountPage {
  items: AdminAccountSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
