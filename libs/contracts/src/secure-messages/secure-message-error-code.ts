/** Errors of secure messages to external recipients (PARCEL-8, OTP-3). */
export enum SecureMessageErrorCode {
  /** No such message or link (another firm's, an unknown link, purged). 404. */
  NotFound = 'SECURE_MESSAGE_NOT_FOUND',
  /** The message expired or was withdrawn by its sender. 410. */
  Gone = 'SECURE_MESSAGE_GONE',
  /** No recipient session for this link's address: ask for a code first. 401. */
  CodeRequired = 'SECURE_MESSAGE_CODE_REQUIRED',
  /** The recipient session belongs to another address than this link's. 403. */
  OtherAddress = 'SECURE_MESSAGE_OTHER_ADDRESS',
  /** Wrong, used or expired code, or no tries left. 422. */
  WrongCode = 'SECURE_MESSAGE_WRONG_CODE',
  /** The action needs another state (send twice, resend a withdrawn message). 409. */
  WrongState = 'SECURE_MESSAGE_WRONG_STATE',
}
