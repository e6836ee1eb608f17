/** Errors of secure parcels (PARCEL-*). */
export enum ParcelErrorCode {
  /** No such parcel or document for the caller (another firm's, another client's, expired). 404. */
  NotFound = 'PARCEL_NOT_FOUND',
  /** A client has no account manager: an admin must assign one first. 409. */
  NoAccountManager = 'PARCEL_NO_ACCOUNT_MANAGER',
  /** The action needs another state (e.g. upload to a sent parcel, send an empty draft). 409. */
  WrongState = 'PARCEL_WRONG_STATE',
  /** A file is larger than the workspace's per-file limit. 413. */
  FileTooLarge = 'PARCEL_FILE_TOO_LARGE',
  /** The parcel's documents together exceed the workspace's per-parcel limit. 413. */
  ParcelTooLarge = 'PARCEL_TOO_LARGE',
  /** The content's detected type is not allowed in this workspace. 415. */
  TypeRefused = 'PARCEL_TYPE_REFUSED',
  /** The antivirus found a threat: the document was not stored. 422. */
  Infected = 'PARCEL_INFECTED',
  /** The antivirus could not scan the document (fail closed): not stored. 503. */
  ScanUnavailable = 'PARCEL_SCAN_UNAVAILABLE',
  /** No file in the upload, or a malformed multipart body. 400. */
  NoFile = 'PARCEL_NO_FILE',
  /** The document store has no space left: nothing was stored. 507. */
  StorageFull = 'PARCEL_STORAGE_FULL',
}
