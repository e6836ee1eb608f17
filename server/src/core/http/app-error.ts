import type { ErrorCode } from '@guichet/contracts';

/**
 * An expected failure of a use case. Services throw it with a code from their module's enum; the
 * global filter turns it into an HTTP answer, so no service or controller builds one by hand.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** For throttling answers: sent as the Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
