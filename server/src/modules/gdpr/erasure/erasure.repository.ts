import type { PersonalDataRegistry } from '../../../core/privacy/personal-data-registry';
import type { Row } from './erasure-plan';

/** Which rows to read: `columns` IN any tuple of `values`, optionally within one workspace. */
export interface RowFilter {
  readonly table: string;
  readonly columns: readonly string[];
  readonly values: readonly (readonly unknown[])[];
  /** Compare lower-cased text (e-mail addresses). */
  readonly caseInsensitive?: boolean;
  /** Limit to a workspace: by a `workspace_id` column of the table, or through `via`. */
  readonly workspace?: { id: string; via?: WorkspacePath };
}

/** How a table without `workspace_id` reaches one: its foreign key to a table that has it. */
export interface WorkspacePath {
  readonly foreignKeyColumns: readonly string[];
  readonly targetTable: string;
  readonly referencedColumns: readonly string[];
}

/**
 * Port: generic row access for erasure and export, by table and column names from the
 * personal-data registry, so that no table needs code of its own (GDPR-2, GDPR-3).
 */
export abstract class ErasureRepository {
  /** The registry of every entity of the app. */
  abstract registry(): PersonalDataRegistry;

  abstract find(filter: RowFilter): Promise<Row[]>;

  /** How many rows of `table` reference each `parent` through `columns` (link tables). */
  abstract countBy(
    table: string,
    columns: readonly string[],
    parents: readonly (readonly unknown[])[],
  ): Promise<Map<string, number>>;

  /** Sets `values` (column → value, null included) on the rows whose primary keys are given. */
  abstract update(
    table: string,
    primaryKey: readonly string[],
    keys: readonly (readonly unknown[])[],
    values: Record<string, unknown>,
  ): Promise<void>;

  abstract delete(
    table: string,
    primaryKey: readonly string[],
    keys: readonly (readonly unknown[])[],
  ): Promise<void>;
}
