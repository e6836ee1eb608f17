import { Injectable } from '@nestjs/common';
import type { Language } from '@guichet/contracts';
import type {
  Account,
  AccountCredentials,
  PasswordChange,
  PasswordCheck,
  PasswordStanding,
  StoredPasswordChangeReason,
} from './account';
import type { NamedAccount } from './account-list-entry';
import { AccountRepository } from './account.repository';
import type { NewAccount, TakenIdentifiers } from './new-account';

/** What other modules may ask about accounts; always within one workspace. */
@Injectable()
export class Accounts {
  constructor(private readonly repository: AccountRepository) {}

  findByIdentifier(workspaceId: string, identifier: string): Promise<AccountCredentials | null> {
    return this.repository.findByIdentifier(workspaceId, identifier);
  }

  findById(workspaceId: string, id: string): Promise<Account | null> {
    return this.repository.findById(workspaceId, id);
  }

  /** Stores a stronger hash of the same password (PWD-7: upgrade at sign-in). */
  upgradePasswordHash(id: string, passwordHash: string): Promise<void> {
    return this.repository.updatePasswordHash(id, passwordHash);
  }

  /** The account with its password hash, for checking the current password. */
  findCredentialsById(workspaceId: string, id: string): Promise<AccountCredentials | null> {
    return this.repository.findCredentialsById(workspaceId, id);
  }

  /**
   * Stores a new password with the check it passed and clears any required change; gives back
   * the hash it replaced (for the history). See the repository for the link's mailbox.
   */
  setPassword(change: PasswordChange): Promise<string | null> {
    return this.repository.setPassword(change);
  }

  /** Records what a sign-in's check of the plain password found; may require a change. */
  recordPasswordCheck(
    id: string,
    check: PasswordCheck,
    changeReason: StoredPasswordChangeReason | null,
  ): Promise<void> {
    return this.repository.recordPasswordCheck(id, check, changeReason);
  }

  /** The next sign-in of these accounts (of the workspace, with a password) must change it. */
  requirePasswordChange(
    workspaceId: string,
    ids: string[],
    reason: StoredPasswordChangeReason,
  ): Promise<string[]> {
    return this.repository.requirePasswordChange(workspaceId, [...new Set(ids)], reason);
  }

  /** The workspace's accounts that have a password, with what is known of it (PWD-4). */
  passwordStandings(workspaceId: string): Promise<PasswordStanding[]> {
    return this.repository.findPasswordStandings(workspaceId);
  }

  /** Records a mobile number (E.164) the user just proved with a one-time code (IDV-3b). */
  setVerifiedMobile(id: string, mobile: string): Promise<void> {
    return this.repository.setMobile(id, mobile);
  }

  /** The language of the account's mails and SMS ("English on request"). */
  setLanguage(id: string, language: Language): Promise<void> {
    return this.repository.setLanguage(id, language);
  }

  /**
   * Locks an account so that it cannot sign in and its sessions stop resuming; locking it again
   * keeps the first lock's time. False when the workspace has no such account.
   */
  lock(workspaceId: string, id: string): Promise<boolean> {
    return this.repository.setLocked(workspaceId, id, true);
  }

  /** False when the workspace has no such account. */
  unlock(workspaceId: string, id: string): Promise<boolean> {
    return this.repository.setLocked(workspaceId, id, false);
  }

  /**
   * Replaces the mobile by one its owner has just proven with a code sent to it (E.164), marked
   * verified. False when the workspace has no such account.
   */
  replaceMobile(workspaceId: string, id: string, mobile: string): Promise<boolean> {
    return this.repository.replaceMobile(workspaceId, id, mobile);
  }

  /** A code sent to the mobile on file came back: it is verified, if it is still that number. */
  markMobileVerified(workspaceId: string, id: string, mobile: string): Promise<boolean> {
    return this.repository.markMobileVerified(workspaceId, id, mobile);
  }

  /** Names of those of `ids` that are accounts of the workspace, for display. */
  async namesOf(workspaceId: string, ids: string[]): Promise<Map<string, NamedAccount>> {
    const named = await this.repository.findNames(workspaceId, [...new Set(ids)]);
    return new Map(named.map((account) => [account.id, account]));
  }

  /** Sets (or with null removes) a client's account manager (PARCEL-1); false when no such account. */
  setAccountManager(
    workspaceId: string,
    id: string,
    accountManagerId: string | null,
  ): Promise<boolean> {
    return this.repository.setAccountManager(workspaceId, id, accountManagerId);
  }

  /** Clients who have no account manager: their parcels cannot be sent. */
  clientsWithoutManager(workspaceId: string, limit: number): Promise<NamedAccount[]> {
    return this.repository.findClientsWithoutManager(workspaceId, limit);
  }

  /** Which of these access codes and e-mail addresses (compared lower-case) are in use. */
  findTaken(
    workspaceId: string,
    accessCodes: string[],
    emails: string[],
  ): Promise<TakenIdentifiers> {
    return this.repository.findTaken(
      workspaceId,
      accessCodes,
      emails.map((email) => email.toLowerCase()),
    );
  }

  /**
   * Creates accounts; inside `Transactions.run` they commit or roll back together. The database
   * refuses a taken access code or e-mail address, whatever was checked before.
   */
  addMany(accounts: NewAccount[]): Promise<string[]> {
    return this.repository.insertMany(
      accounts.map((account) => ({ ...account, email: account.email?.toLowerCase() ?? null })),
    );
  }
}
