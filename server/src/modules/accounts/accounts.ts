import { Injectable } from '@nestjs/common';
import type { Account, AccountCredentials } from './account';
import { AccountRepository } from './account.repository';

/** What other modules may ask about accounts; always within one workspace. */
@Injectable()
export class Accounts {
  constructor(private readonly repository: AccountRepository) {}

  findByIdentifier(workspaceId: string, identifier: string): Promise<AccountCredentials | null> {
    return this.repository.findByIdentifier(workspaceId, identifier.trim());
  }

  findById(workspaceId: string, id: string): Promise<Account | null> {
    return this.repository.findById(workspaceId, id);
  }

  /** Stores a stronger hash of the same password (PWD-7: upgrade at sign-in). */
  upgradePasswordHash(id: string, passwordHash: string): Promise<void> {
    return this.repository.updatePasswordHash(id, passwordHash);
  }
}
