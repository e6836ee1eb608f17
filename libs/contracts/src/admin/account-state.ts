/** Where an account stands, as the admin list shows and filters it (first match wins). */
export enum AccountState {
  /** Locked by an admin: cannot sign in, whatever its password. */
  Locked = 'locked',
  /** No password yet: the user must go through the first connection (IDV-3). */
  NoPassword = 'no-password',
  /** Imported password from the previous system: migration at next sign-in (IDV-2). */
  Legacy = 'legacy',
  /** Temporary password from an admin: must be changed at next sign-in (PWD-3). */
  Temporary = 'temporary',
  /** A password of the user's own. */
  Active = 'active',
}
