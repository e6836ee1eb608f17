import { Injectable } from '@nestjs/common';
import type { AccountListEntry } from './account-list-entry';
import { AccountDirectoryRepository } from './account-directory.repository';
import type { AccountSearch, AccountSearchPage } from './account-search';

/** The admin's list of a workspace's accounts: search, filters, pages. */
@Injectable()
export class AccountDirectory {
  constructor(private readonly repository: AccountDirectoryRepository) {}

  /** One page of the search; null when `after` is not an account of the workspace. */
  search(search: AccountSearch): Promise<AccountSearchPage | null> {
    return this.repository.search(search);
  }

  /** One account as the list shows it; null when the workspace has no such account. */
  entry(workspaceId: string, id: string): Promise<AccountListEntry | null> {
    return this.repository.findEntry(workspaceId, id);
  }
}
