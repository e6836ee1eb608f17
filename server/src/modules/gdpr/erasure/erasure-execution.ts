import { Injectable } from '@nestjs/common';
import type { PersonalDataRegistry } from '../../../core/privacy/personal-data-registry';
import { DOCUMENT_COLUMNS, holdsDocuments } from './encrypted-documents';
import type { ErasurePlan, PlannedRow } from './erasure-plan';
import { ErasureRepository } from './erasure.repository';

/**
 * Applies a plan inside the caller's transaction: destroys document keys, detaches, erases the
 * personal columns of the rows that stay (by their registry rule), then deletes, children first.
 */
@Injectable()
export class ErasureExecution {
  constructor(private readonly repository: ErasureRepository) {}

  async apply(plan: ErasurePlan): Promise<void> {
    const registry = this.repository.registry();
    const tables = plan.tableNames();
    for (const table of tables) {
      const entity = registry.entity(table);
      const rows = plan.rowsOf(table);
      const keysOf = (list: PlannedRow[]) =>
        list.map((planned) => entity.primaryKey.map((column) => planned.row[column]));
      const kept = rows.filter((r) => r.action !== 'detach');
      if (holdsDocuments(entity) && kept.length > 0) {
        await this.repository.update(table, entity.primaryKey, keysOf(kept), {
          [DOCUMENT_COLUMNS.wrappedKey]: null,
          [DOCUMENT_COLUMNS.keyId]: null,
        });
      }
      for (const [columns, group] of detachGroups(rows)) {
        const values = Object.fromEntries(columns.map((column) => [column, null]));
        await this.repository.update(table, entity.primaryKey, keysOf(group), values);
      }
      const erased = rows.filter((r) => r.action === 'erase');
      if (erased.length > 0) {
        await this.repository.update(
          table,
          entity.primaryKey,
          keysOf(erased),
          erasedValues(registry, table),
        );
      }
    }
    for (const table of [...tables].reverse()) {
      const entity = registry.entity(table);
      const doomed = plan.rowsOf(table).filter((r) => r.action === 'delete');
      if (doomed.length === 0) continue;
      await this.repository.delete(
        table,
        entity.primaryKey,
        doomed.map((planned) => entity.primaryKey.map((column) => planned.row[column])),
      );
    }
  }
}

/** The value each personal column of `table` takes when its row is kept: null or fixed. */
export function erasedValues(registry: PersonalDataRegistry, table: string) {
  const values: Record<string, unknown> = {};
  for (const column of registry.entity(table).personalColumns) {
    const rule = column.declaration.erase;
    if (rule === 'null') values[column.column] = null;
    else if (typeof rule === 'object') values[column.column] = rule.value;
  }
  return values;
}

function detachGroups(rows: PlannedRow[]): Map<string[], PlannedRow[]> {
  const byColumns = new Map<string, { columns: string[]; rows: PlannedRow[] }>();
  for (const planned of rows) {
    if (planned.action !== 'detach') continue;
    const columns = [...new Set(planned.detachColumns)].sort();
    const key = columns.join(',');
    const group = byColumns.get(key) ?? { columns, rows: [] };
    group.rows.push(planned);
    byColumns.set(key, group);
  }
  return new Map([...byColumns.values()].map((group) => [group.columns, group.rows]));
}
