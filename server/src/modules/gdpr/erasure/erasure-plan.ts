import type { ErasureCascade } from '../../../core/privacy/personal-data';

/** A row as the database answers it: column name → value. */
export type Row = Record<string, unknown>;

/**
 * What the erasure does to one row: `delete` it, `erase` its personal columns by their rules
 * (a `delete-row` rule deletes it after all), or `detach` it (set the foreign key to the person's
 * row null and leave the rest).
 */
export type RowAction = ErasureCascade;

/** One row reached by the erasure, and the foreign-key columns to null for a `detach`. */
export interface PlannedRow {
  readonly table: string;
  readonly row: Row;
  action: RowAction;
  detachColumns: string[];
}

/** Every row an erasure reaches, by table, keyed by primary key. */
export class ErasurePlan {
  private readonly tables = new Map<string, Map<string, PlannedRow>>();

  /**
   * Adds a row, or strengthens the action of a row already reached another way (`delete` beats
   * `erase`, which beats `detach`). Answers whether the row is new or stronger than before, that
   * is whether what hangs off it must be walked (again).
   */
  add(table: string, key: string, row: Row, action: RowAction, detachColumns: string[] = []) {
    const rows = this.tables.get(table) ?? new Map<string, PlannedRow>();
    this.tables.set(table, rows);
    const known = rows.get(key);
    if (!known) {
      rows.set(key, { table, row, action, detachColumns: [...detachColumns] });
      return true;
    }
    if (STRENGTH[action] > STRENGTH[known.action]) {
      known.action = action;
      return true;
    }
    if (action === 'detach') known.detachColumns.push(...detachColumns);
    return false;
  }

  has(table: string, key: string): boolean {
    return this.tables.get(table)?.has(key) ?? false;
  }

  rowsOf(table: string): PlannedRow[] {
    return [...(this.tables.get(table)?.values() ?? [])];
  }

  /** Every table reached, in the order the walk first reached it (roots first). */
  tableNames(): string[] {
    return [...this.tables.keys()];
  }

  all(): PlannedRow[] {
    return this.tableNames().flatMap((table) => this.rowsOf(table));
  }

  /** Rows per table, for the preview and the tombstone. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [table, rows] of this.tables) counts[table] = rows.size;
    return counts;
  }
}

const STRENGTH: Record<RowAction, number> = { detach: 0, erase: 1, delete: 2 };

/** A stable key of a row from its primary-key columns. */
export function rowKey(row: Row, primaryKey: readonly string[]): string {
  return JSON.stringify(primaryKey.map((column) => String(row[column])));
}
