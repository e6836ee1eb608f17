import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { PersonalDataRegistry } from '../../../core/privacy/personal-data-registry';
import type { Row } from './erasure-plan';
import { ErasureRepository, type RowFilter } from './erasure.repository';

/** Tuples per statement: far below PostgreSQL's 65,535 parameters for any key width. */
const CHUNK = 500;

/** Table and column names come from the entity metadata, never from a request. */
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

@Injectable()
export class TypeOrmErasureRepository extends ErasureRepository {
  private built?: PersonalDataRegistry;

  constructor(
    private readonly dataSource: DataSource,
    private readonly context: EntityManagerContext,
  ) {
    super();
  }

  registry(): PersonalDataRegistry {
    this.built ??= PersonalDataRegistry.of(this.dataSource);
    return this.built;
  }

  async find(filter: RowFilter): Promise<Row[]> {
    const rows: Row[] = [];
    for (const values of chunks(filter.values)) {
      const params: unknown[] = [];
      const column = (name: string) =>
        filter.caseInsensitive ? `lower(t.${quote(name)})` : `t.${quote(name)}`;
      let sql = `SELECT t.* FROM ${quote(filter.table)} t`;
      const where = [inTuples(filter.columns.map(column), values, params)];
      const workspace = filter.workspace;
      if (workspace?.via) {
        const on = workspace.via.foreignKeyColumns
          .map((fk, i) => `w.${quote(workspace.via!.referencedColumns[i])} = t.${quote(fk)}`)
          .join(' AND ');
        sql += ` JOIN ${quote(workspace.via.targetTable)} w ON ${on}`;
        params.push(workspace.id);
        where.push(`w."workspace_id" = $${params.length}`);
      } else if (workspace) {
        params.push(workspace.id);
        where.push(`t."workspace_id" = $${params.length}`);
      }
      rows.push(...((await this.query(`${sql} WHERE ${where.join(' AND ')}`, params)) as Row[]));
    }
    return rows;
  }

  async countBy(
    table: string,
    columns: readonly string[],
    parents: readonly (readonly unknown[])[],
  ): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const selected = columns.map((c) => `${quote(c)}::text AS ${quote(c)}`).join(', ');
    for (const values of chunks(parents)) {
      const params: unknown[] = [];
      const rows = (await this.query(
        `SELECT ${selected}, count(*)::int AS n FROM ${quote(table)}
          WHERE ${inTuples(columns.map(quote), values, params)} GROUP BY ${columns.map(quote).join(', ')}`,
        params,
      )) as Row[];
      for (const row of rows) {
        counts.set(JSON.stringify(columns.map((c) => String(row[c]))), row.n as number);
      }
    }
    return counts;
  }

  async update(
    table: string,
    primaryKey: readonly string[],
    keys: readonly (readonly unknown[])[],
    values: Record<string, unknown>,
  ): Promise<void> {
    const names = Object.keys(values);
    if (names.length === 0) return;
    for (const chunk of chunks(keys)) {
      const params: unknown[] = names.map((name) => values[name]);
      const set = names.map((name, i) => `${quote(name)} = $${i + 1}`).join(', ');
      await this.query(
        `UPDATE ${quote(table)} SET ${set} WHERE ${inTuples(primaryKey.map(quote), chunk, params)}`,
        params,
      );
    }
  }

  async delete(
    table: string,
    primaryKey: readonly string[],
    keys: readonly (readonly unknown[])[],
  ): Promise<void> {
    for (const chunk of chunks(keys)) {
      const params: unknown[] = [];
      await this.query(
        `DELETE FROM ${quote(table)} WHERE ${inTuples(primaryKey.map(quote), chunk, params)}`,
        params,
      );
    }
  }

  private query(sql: string, params: unknown[]): Promise<unknown> {
    return this.context.manager().query(sql, params) as Promise<unknown>;
  }
}

/** `(a, b) IN (($1, $2), ($3, $4))`, appending the values to `params`. */
function inTuples(
  columns: readonly string[],
  tuples: readonly (readonly unknown[])[],
  params: unknown[],
): string {
  if (tuples.length === 0) return 'false';
  const list = tuples
    .map((tuple) => {
      const placeholders = tuple.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    })
    .join(', ');
  return `(${columns.join(', ')}) IN (${list})`;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
