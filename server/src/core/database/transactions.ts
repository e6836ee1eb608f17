/**
 * Port: runs work in one database transaction. Repositories called inside `run` (even from other
 * modules) take part in it, so that an action and the messages it causes (outbox) commit or roll
 * back together, without services ever touching the ORM.
 */
export abstract class Transactions {
  abstract run<T>(work: () => Promise<T>): Promise<T>;
}
