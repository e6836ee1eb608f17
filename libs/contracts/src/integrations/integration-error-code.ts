/** Errors of the integration API and its keys (PWD-6). */
export enum IntegrationErrorCode {
  /** No key, or an unknown, revoked or expired one. 401. */
  KeyInvalid = 'INTEGRATION_KEY_INVALID',
  /** The key lacks a scope the route needs. 403. */
  ScopeMissing = 'INTEGRATION_SCOPE_MISSING',
  /** No such key in the admin's workspace. 404. */
  KeyNotFound = 'INTEGRATION_KEY_NOT_FOUND',
  /** The workspace already has 20 active keys: revoke one first. 409. */
  TooManyKeys = 'INTEGRATION_TOO_MANY_KEYS',
}
