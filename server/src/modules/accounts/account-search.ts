import type { AccountState, Role } from '@guichet/contracts';
import type { AccountListEntry } from './account-list-entry';

/** A search of a workspace's accounts, sorted by last name, first name, then id. */
export interface AccountSearch {
  workspaceId: string;
  /** Every word must appear (case and accents ignored) in a name, the access code or the e-mail. */
  words: string[];
  role?: Role;
  state?: AccountState;
  limit: number;
  /** Id of the last account of the previous page. */
  after?: string;
}

export interface AccountSearchPage {
  entries: AccountListEntry[];
  /** Id of the last entry when another page follows; null on the last page. */
  next: string | null;
}
