import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { migrations } from '../../../migrations';
import {
  PersonalDataRegistry,
  type RegisteredEntity,
} from '../../core/privacy/personal-data-registry';
import { AnonymizedDumpRepository, type TextRow } from './anonymized-dump.repository';
import { FakeValues } from './fake-values';
import { schemaStatements } from './schema-script';

const BATCH = 500;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string | null) =>
  value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;

/** Where the dump goes: one SQL text at a time, in order. */
export interface DumpSink {
  write(sql: string): Promise<void>;
}

export interface DumpSummary {
  tables: number;
  rows: number;
  /** False when the key was random: the fakes of two dumps then differ. */
  keyGiven: boolean;
}

/**
 * The anonymised dump (GDPR-6): a SQL script that recreates the same schema (the app's
 * migrations, and their table so that the app does not migrate again) with every row, in which
 * each column the registry declares personal is replaced by its consistent fake (`FakeValues`)
 * and free text, documents and credentials are dropped. Any table the registry does not know is
 * refused rather than copied as is. Restore with `psql -f` or any client that runs a script.
 */
@Injectable()
export class AnonymizedDump {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly repository: AnonymizedDumpRepository,
  ) {}

  async write(sink: DumpSink, options: { key?: Buffer; now?: Date } = {}): Promise<DumpSummary> {
    const fakes = new FakeValues(options.key ?? randomBytes(32));
    const summary: DumpSummary = { tables: 0, rows: 0, keyGiven: options.key !== undefined };
    await sink.write(
      `-- Guichet anonymised dump (GDPR-6), ${(options.now ?? new Date()).toISOString()}.\n` +
        `-- Personal columns hold consistent fakes; free text, documents and credentials are dropped.\n` +
        `SET standard_conforming_strings = on;\nSET client_min_messages = warning;\nBEGIN;\n\n`,
    );
    for (const statement of await schemaStatements(migrations)) await sink.write(`${statement};\n`);
    await this.repository.snapshot(async () => {
      const tables = await this.orderedTables();
      await this.copyMigrations(sink);
      for (const entity of tables) {
        summary.rows += await this.copy(entity, fakes, sink);
        summary.tables++;
      }
    });
    await sink.write('\nCOMMIT;\n');
    return summary;
  }

  /** The registered tables, each after the ones its foreign keys point at. */
  private async orderedTables(): Promise<RegisteredEntity[]> {
    const known = new Set(this.registry.entities().map((e) => e.table));
    const unknown = (await this.repository.tables()).filter(
      (table) => table !== 'migrations' && !known.has(table),
    );
    if (unknown.length > 0) {
      throw new Error(`Tables unknown to the personal-data registry: ${unknown.join(', ')}`);
    }
    const ordered: RegisteredEntity[] = [];
    const placed = new Set<string>();
    const place = (entity: RegisteredEntity, path: string[]) => {
      if (placed.has(entity.table)) return;
      if (path.includes(entity.table)) throw new Error(`Foreign-key cycle: ${path.join(' → ')}`);
      for (const key of entity.foreignKeys) {
        if (key.table !== entity.table) {
          place(this.registry.entity(key.table), [...path, entity.table]);
        }
      }
      placed.add(entity.table);
      ordered.push(entity);
    };
    for (const entity of this.registry.entities()) place(entity, []);
    return ordered;
  }

  private async copyMigrations(sink: DumpSink): Promise<void> {
    for await (const batch of this.repository.rows(
      'migrations',
      ['id', 'timestamp', 'name'],
      ['id'],
      BATCH,
    )) {
      await sink.write(insert('migrations', ['id', 'timestamp', 'name'], batch));
    }
    await sink.write(
      `SELECT setval(pg_get_serial_sequence('"migrations"', 'id'), COALESCE(max("id"), 1)) FROM "migrations";\n`,
    );
  }

  /**
   * Copies one table's rows with its personal columns replaced. A foreign key to the same table
   * (a client's account manager) is set after every row exists.
   */
  private async copy(entity: RegisteredEntity, fakes: FakeValues, sink: DumpSink): Promise<number> {
    const columns = entity.columns.map((c) => c.column);
    const selfKeys = entity.foreignKeys
      .filter((key) => key.table === entity.table)
      .flatMap((key) => key.columns);
    const later: string[] = [];
    let count = 0;
    for await (const batch of this.repository.rows(
      entity.table,
      columns,
      entity.primaryKey,
      BATCH,
    )) {
      const rows = batch.map((row) => {
        const masked: TextRow = { ...row };
        for (const column of entity.personalColumns) {
          masked[column.column] = fakes.replace(row[column.column] ?? null, {
            mask: column.declaration.mask,
            type: column.type,
            nullable: column.nullable,
            maxLength: column.maxLength,
          });
        }
        for (const key of selfKeys) {
          if (masked[key] !== null) later.push(setLater(entity, key, masked));
          masked[key] = null;
        }
        return masked;
      });
      await sink.write(insert(entity.table, columns, rows));
      count += rows.length;
    }
    for (const statement of later) await sink.write(statement);
    return count;
  }
}

function insert(table: string, columns: readonly string[], rows: TextRow[]): string {
  const values = rows.map((row) => `(${columns.map((c) => literal(row[c] ?? null)).join(', ')})`);
  return `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES\n  ${values.join(
    ',\n  ',
  )};\n`;
}

function setLater(entity: RegisteredEntity, key: string, row: TextRow): string {
  const where = entity.primaryKey.map((c) => `${quote(c)} = ${literal(row[c] ?? null)}`);
  return `UPDATE ${quote(entity.table)} SET ${quote(key)} = ${literal(row[key] ?? null)} WHERE ${where.join(' AND ')};\n`;
}
