/**
 * The errors of a database that cannot be reached or is going away (restart, failover, network):
 * the request is answered 503 with a code, and the next one succeeds once it is back. PostgreSQL
 * SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart),
 * the socket errors of `pg`, and its own messages for a dropped connection or a full wait.
 * TypeORM releases a query runner whose connection broke, so a request still holding it (its
 * transaction, say) gets "Query runner already released" (or, from the query methods, "Database
 * connection provided by a query runner was already released"): the same outage, one step later.
 */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const DROPPED =
  /Query runner already released|query runner was already released|Connection terminated|Connection ended|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; depth++) {
    const { code, message, driverError } = cause as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
    };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || /^(08|57P)/.test(code))) {
      return true;
    }
    if (typeof message === 'string' && DROPPED.test(message)) return true;
    cause = driverError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}
