import { DataSource, type EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import {
  type ColumnDeclaration,
  declaredColumns,
  declaredRelations,
  type EntityClass,
  type ErasureCascade,
  type PersonalColumnDeclaration,
} from './personal-data';

/**
 * Database types that can hold a person's words, names or addresses: every column of one of
 * these types (or an array of them) must be declared personal or not personal (GDPR-3).
 */
export const TEXT_LIKE_TYPES: ReadonlySet<string> = new Set([
  'text',
  'character varying',
  'varchar',
  'character',
  'char',
  'citext',
  'json',
  'jsonb',
  'inet',
  'cidr',
]);

export interface RegisteredColumn {
  /** The entity property (`lastName`). */
  readonly property: string;
  /** The database column (`last_name`). */
  readonly column: string;
  /** The database type as PostgreSQL names it (`character varying`, `jsonb`, `timestamp with time zone`). */
  readonly type: string;
  readonly isArray: boolean;
  readonly nullable: boolean;
  readonly isPrimary: boolean;
  /** The declared length of a varchar (`varchar(16)` → 16); null when unbounded. */
  readonly maxLength: number | null;
  /** Null when the column carries no decorator (allowed only for non-text types). */
  readonly declaration: ColumnDeclaration | null;
}

export interface PersonalColumn extends RegisteredColumn {
  readonly declaration: PersonalColumnDeclaration;
}

/** A `@ErasedWith` relation: this entity's rows hang off a row of `targetTable`. */
export interface RegisteredRelation {
  readonly property: string;
  readonly cascade: ErasureCascade;
  /** This table's foreign-key columns, in the order of `referencedColumns`. */
  readonly foreignKeyColumns: readonly string[];
  readonly targetTable: string;
  readonly referencedColumns: readonly string[];
  readonly nullable: boolean;
}

export interface RegisteredEntity {
  readonly target: EntityClass;
  /** The class name (`AccountEntity`). */
  readonly name: string;
  readonly table: string;
  readonly primaryKey: readonly string[];
  readonly columns: readonly RegisteredColumn[];
  /** The columns declared `@PersonalData`, in column order. */
  readonly personalColumns: readonly PersonalColumn[];
  readonly relations: readonly RegisteredRelation[];
  /** Every foreign key of the table, declared or not (the dump orders tables by them). */
  readonly foreignKeys: readonly { readonly columns: readonly string[]; readonly table: string }[];
}

/** A text-like column nobody classified, or a declaration on a property that is no column. */
export interface RegistryGap {
  readonly table: string;
  readonly property: string;
  readonly column: string | null;
  readonly problem: 'undeclared' | 'not-a-column' | 'not-a-relation' | 'declared-twice';
}

/**
 * The personal-data registry (GDPR-3): the `@PersonalData` / `@NotPersonal` / `@ErasedWith`
 * declarations joined with TypeORM's metadata, so that erasure, export, retention and the
 * anonymised dump work on tables and columns, and a test can list what is left unclassified.
 */
export class PersonalDataRegistry {
  private readonly byTable = new Map<string, RegisteredEntity>();
  private readonly byTarget = new Map<EntityClass, RegisteredEntity>();
  private readonly metadataByTarget = new Map<EntityClass, EntityMetadata>();

  constructor(
    metadatas: readonly EntityMetadata[],
    private readonly normalizeType: (column: ColumnMetadata) => string,
  ) {
    for (const metadata of metadatas) {
      if (typeof metadata.target !== 'function') continue;
      const entity = this.register(metadata);
      this.byTable.set(entity.table, entity);
      this.byTarget.set(entity.target, entity);
    }
  }

  /** The registry of every entity an initialised data source knows (the app's own). */
  static of(dataSource: DataSource): PersonalDataRegistry {
    return new PersonalDataRegistry(dataSource.entityMetadatas, (column) =>
      dataSource.driver.normalizeType(column),
    );
  }

  /** Every entity, by table name. */
  entities(): readonly RegisteredEntity[] {
    return [...this.byTable.values()].sort((a, b) => a.table.localeCompare(b.table));
  }

  /** One entity, by class or table name; throws for an unknown one (a programming error). */
  entity(targetOrTable: EntityClass | string): RegisteredEntity {
    const entity =
      typeof targetOrTable === 'string'
        ? this.byTable.get(targetOrTable)
        : this.byTarget.get(targetOrTable);
    if (!entity) throw new Error(`No entity ${String(targetOrTable)} in the registry`);
    return entity;
  }

  /** The entities whose `@ErasedWith` relations point at `table`, with those relations. */
  dependentsOf(table: string): { entity: RegisteredEntity; relation: RegisteredRelation }[] {
    return this.entities().flatMap((entity) =>
      entity.relations
        .filter((relation) => relation.targetTable === table)
        .map((relation) => ({ entity, relation })),
    );
  }

  /** Every personal column of every entity, with its table. */
  personalColumns(): { table: string; column: PersonalColumn }[] {
    return this.entities().flatMap((entity) =>
      entity.personalColumns.map((column) => ({ table: entity.table, column })),
    );
  }

  /**
   * What the completeness rule finds wrong: text-like columns without a declaration, and
   * declarations that name no column or relation (a typo would silently protect nothing).
   */
  gaps(): RegistryGap[] {
    const gaps: RegistryGap[] = [];
    for (const entity of this.entities()) {
      const metadata = this.metadataOf(entity);
      for (const column of entity.columns) {
        if (!column.declaration && TEXT_LIKE_TYPES.has(column.type)) {
          gaps.push({
            table: entity.table,
            property: column.property,
            column: column.column,
            problem: 'undeclared',
          });
        }
      }
      const seen = new Set<string>();
      for (const declaration of declaredColumns(entity.target)) {
        if (seen.has(declaration.property)) {
          gaps.push({ ...this.gapAt(entity, declaration.property), problem: 'declared-twice' });
        }
        seen.add(declaration.property);
        if (!metadata.columns.some((c) => c.propertyName === declaration.property)) {
          gaps.push({ ...this.gapAt(entity, declaration.property), problem: 'not-a-column' });
        }
      }
      for (const declaration of declaredRelations(entity.target)) {
        const relation = metadata.relations.find((r) => r.propertyName === declaration.property);
        if (!relation || relation.joinColumns.length === 0) {
          gaps.push({ ...this.gapAt(entity, declaration.property), problem: 'not-a-relation' });
        }
      }
    }
    return gaps;
  }

  private metadataOf(entity: RegisteredEntity): EntityMetadata {
    return this.metadataByTarget.get(entity.target)!;
  }

  private gapAt(entity: RegisteredEntity, property: string) {
    return { table: entity.table, property, column: null };
  }

  private register(metadata: EntityMetadata): RegisteredEntity {
    const target = metadata.target as EntityClass;
    this.metadataByTarget.set(target, metadata);
    const declarations = new Map(declaredColumns(target).map((d) => [d.property, d]));
    const columns: RegisteredColumn[] = metadata.columns.map((column) => ({
      property: column.propertyName,
      column: column.databaseName,
      type: this.normalizeType(column),
      isArray: column.isArray,
      nullable: column.isNullable,
      isPrimary: column.isPrimary,
      maxLength: column.length ? Number(column.length) : null,
      declaration: declarations.get(column.propertyName) ?? null,
    }));
    const relations = declaredRelations(target).flatMap((declaration) => {
      const relation = metadata.relations.find((r) => r.propertyName === declaration.property);
      if (!relation || relation.joinColumns.length === 0) return [];
      return [
        {
          property: declaration.property,
          cascade: declaration.cascade,
          foreignKeyColumns: relation.joinColumns.map((c) => c.databaseName),
          targetTable: relation.inverseEntityMetadata.tableName,
          referencedColumns: relation.joinColumns.map((c) => c.referencedColumn!.databaseName),
          nullable: relation.joinColumns.every((c) => c.isNullable),
        },
      ];
    });
    return {
      target,
      name: metadata.name,
      table: metadata.tableName,
      primaryKey: metadata.primaryColumns.map((c) => c.databaseName),
      columns,
      personalColumns: columns.filter(
        (c): c is PersonalColumn => c.declaration?.kind === 'personal',
      ),
      relations,
      foreignKeys: metadata.foreignKeys.map((key) => ({
        columns: key.columnNames,
        table: key.referencedTablePath,
      })),
    };
  }
}

/** One line per gap, for a test failure or a startup error: `account.nickname (nickname): undeclared`. */
export function describeGaps(gaps: readonly RegistryGap[]): string[] {
  return gaps.map(
    (gap) => `${gap.table}.${gap.column ?? gap.property} (${gap.property}): ${gap.problem}`,
  );
}

/** Provides the registry of the app's own data source (see `PrivacyModule`). */
export const personalDataRegistryProvider = {
  provide: PersonalDataRegistry,
  useFactory: (dataSource: DataSource) => PersonalDataRegistry.of(dataSource),
  inject: [DataSource],
};
