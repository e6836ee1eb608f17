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
import type { NewAccount, TakenIdentifiers } from './new-account';

/** Port: the people who sign in. Every lookup is within one workspace. */
export abstract class AccountRepository {
  /** By access code, or by e-mail when the identifier contains "@" (trimmed; e-mails in any case). */
  abstract findByIdentifier(
    workspaceId: string,
    identifier: string,
  ): Promise<AccountCredentials | null>;

  abstract findById(workspaceId: string, id: string): Promise<Account | null>;

  abstract findCredentialsById(workspaceId: string, id: string): Promise<AccountCredentials | null>;

  abstract updatePasswordHash(id: string, passwordHash: string): Promise<void>;

  /**
   * Stores a new password (set now) with its check, clearing any required change; a link's
   * mailbox becomes the account's address unless another account of the workspace has it.
   * Gives back the hash it replaced, if any.
   */
  abstract setPassword(change: PasswordChange): Promise<string | null>;

  /** Records a check of the current password; a change reason is added, never replaced. */
  abstract recordPasswordCheck(
    id: string,
    check: PasswordCheck,
    changeReason: StoredPasswordChangeReason | null,
  ): Promise<void>;

  /** Flags those of `ids` that are accounts of the workspace with a password; gives their ids. */
  abstract requirePasswordChange(
    workspaceId: string,
    ids: string[],
    reason: StoredPasswordChangeReason,
  ): Promise<string[]>;

  /** Every account of the workspace that has a password, sorted by last name, first name. */
  abstract findPasswordStandings(workspaceId: string): Promise<PasswordStanding[]>;

  /** Records a mobile number (E.164) the user proved with a one-time code. */
  abstract setMobile(id: string, mobile: string): Promise<void>;

  abstract setLanguage(id: string, language: Language): Promise<void>;

  /**
   * Locks the account (keeping the time of a lock already in place) or unlocks it. False when
   * the workspace has no such account.
   */
  abstract setLocked(workspaceId: string, id: string, locked: boolean): Promise<boolean>;

  /** Stores a mobile its owner just proved (E.164) as verified. False when there is no such account. */
  abstract replaceMobile(workspaceId: string, id: string, mobile: string): Promise<boolean>;

  /** Marks the mobile on file verified if it still is `mobile`; false otherwise. */
  abstract markMobileVerified(workspaceId: string, id: string, mobile: string): Promise<boolean>;

  /** Names of those of `ids` that are accounts of the workspace. */
  abstract findNames(workspaceId: string, ids: string[]): Promise<NamedAccount[]>;

  /** Which of these access codes and (lower-case) e-mail addresses the workspace already uses. */
  abstract findTaken(
    workspaceId: string,
    accessCodes: string[],
    emails: string[],
  ): Promise<TakenIdentifiers>;

  /** Sets or removes a client's account manager; false when the workspace has no such account. */
  abstract setAccountManager(
    workspaceId: string,
    id: string,
    accountManagerId: string | null,
  ): Promise<boolean>;

  /** Clients of the workspace with no account manager, by name, at most `limit`. */
  abstract findClientsWithoutManager(workspaceId: string, limit: number): Promise<NamedAccount[]>;

  /** Inserts the accounts in the caller's transaction, if any; gives their ids in order. */
  abstract insertMany(accounts: NewAccount[]): Promise<string[]>;
}
