import type { AccountListEntry } from './account-list-entry';
import type { AccountSearch, AccountSearchPage } from './account-search';

/** Port: the admin's list of a workspace's accounts. */
export abstract class AccountDirectoryRepository {
  /** One page; null when `after` is not an account of the workspace. */
  abstract search(search: AccountSearch): Promise<AccountSearchPage | null>;

  abstract findEntry(workspaceId: string, id: string): Promise<AccountListEntry | null>;
}
