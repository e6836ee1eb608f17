import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type PreparedStatement, queryPrepared } from './prepared-statement';
import { Transactions } from './transactions';

/**
 * Carries the entity manager of the current transaction across `await`s (AsyncLocalStorage).
 * Repositories ask it for their manager; outside a transaction they get the plain one.
 */
@Injectable()
export class EntityManagerContext extends Transactions {
  private readonly storage = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  /** The manager of the transaction in progress, or the data source's own. */
  manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  /**
   * The rows of a SELECT or INSERT … RETURNING of a hot path: in the transaction in progress if
   * any, else prepared on a pooled connection (see {@link queryPrepared}).
   */
  rows<T>(statement: PreparedStatement, values: unknown[]): Promise<T[]> {
    const transaction = this.storage.getStore();
    if (transaction) return transaction.query(statement.text, values) as Promise<T[]>;
    return queryPrepared<T>(this.dataSource, statement, values);
  }

  /** Joins the transaction in progress, if any, instead of nesting a second one. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.storage.getStore()) return work();
    return this.dataSource.transaction((manager) => this.storage.run(manager, work));
  }
}
