/** Port: the hashes of the passwords each account had before its current one. */
export abstract class PasswordHistoryRepository {
  /** The newest `limit` hashes, newest first. */
  abstract recent(accountId: string, limit: number): Promise<string[]>;

  /** Adds a replaced password's hash, then forgets all but the newest `keep`. */
  abstract push(accountId: string, passwordHash: string, keep: number): Promise<void>;
}
