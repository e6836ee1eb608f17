/** Errors of account administration. */
export enum AdminAccountsErrorCode {
  /** No such account in the admin's workspace (another firm's account answers the same). */
  AccountNotFound = 'ADMIN_ACCOUNT_NOT_FOUND',
  /** An admin cannot lock their own account (and so lock the firm out of its admin module). */
  CannotLockSelf = 'ADMIN_CANNOT_LOCK_SELF',
  /** Another account of the workspace has this access code. 409, field `accessCode`. */
  AccessCodeTaken = 'ADMIN_ACCESS_CODE_TAKEN',
  /** Another account of the workspace has this e-mail address. 409, field `email`. */
  EmailTaken = 'ADMIN_EMAIL_TAKEN',
  /** An admin cannot give themselves a temporary password: they change theirs instead. 409. */
  OwnTemporaryPassword = 'ADMIN_OWN_TEMPORARY_PASSWORD',
  /**
   * An admin cannot reset their own second factor: from the profile, turning it off asks for the
   * password, which a reset would skip. 409.
   */
  OwnSecondFactorReset = 'ADMIN_OWN_SECOND_FACTOR_RESET',
}
