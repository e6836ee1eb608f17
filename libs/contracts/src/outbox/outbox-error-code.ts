/** Errors of the outbox administration. */
export enum OutboxErrorCode {
  MessageNotFound = 'OUTBOX_MESSAGE_NOT_FOUND',
  /** Only a failed or pending message can be retried; a sent one is final. */
  NotRetryable = 'OUTBOX_NOT_RETRYABLE',
}
