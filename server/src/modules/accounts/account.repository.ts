import type { Account, AccountCredentials } from './account';

/** Port: the people who sign in. Every lookup is within one workspace. */
export abstract class AccountRepository {
  /** By access code, or by e-mail when the identifier contains "@". */
  abstract findByIdentifier(
    workspaceId: string,
    identifier: string,
  ): Promise<AccountCredentials | null>;

  abstract findById(workspaceId: string, id: string): Promise<Account | null>;

  abstract updatePasswordHash(id: string, passwordHash: string): Promise<void>;
}
