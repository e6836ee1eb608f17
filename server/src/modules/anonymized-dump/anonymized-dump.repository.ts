import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A row in PostgreSQL's text form, by column name; null for NULL. */
export type TextRow = Record<string, string | null>;

/** Reads the source database for the dump, every value in its text form (what a literal takes). */
@Injectable()
export class AnonymizedDumpRepository {
  constructor(private readonly context: EntityManagerContext) {}

  /** The tables of the public schema. */
  async tables(): Promise<string[]> {
    const rows = (await this.context.manager().query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )) as { table_name: string }[];
    return rows.map((row) => row.table_name);
  }

  /**
   * The rows of `table`, `batchSize` at a time in primary-key order, in one REPEATABLE READ
   * transaction so that every table is read at the same instant.
   */
  async *rows(
    table: string,
    columns: readonly string[],
    primaryKey: readonly string[],
    batchSize: number,
  ): AsyncGenerator<TextRow[]> {
    const select = columns.map((c) => `${quote(c)}::text AS ${quote(c)}`).join(', ');
    const order = primaryKey.map(quote).join(', ');
    for (let offset = 0; ; offset += batchSize) {
      const batch = (await this.context
        .manager()
        .query(`SELECT ${select} FROM ${quote(table)} ORDER BY ${order} LIMIT $1 OFFSET $2`, [
          batchSize,
          offset,
        ])) as TextRow[];
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
    }
  }

  /** Runs `work` in one REPEATABLE READ, read-only transaction: a consistent snapshot. */
  snapshot<T>(work: () => Promise<T>): Promise<T> {
    return this.context.run(async () => {
      await this.context
        .manager()
        .query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      // Text forms the restore reads back as written.
      await this.context.manager().query(`SET LOCAL DateStyle = 'ISO, YMD'`);
      await this.context.manager().query(`SET LOCAL bytea_output = 'hex'`);
      await this.context.manager().query(`SET LOCAL extra_float_digits = 3`);
      return work();
    });
  }
}
