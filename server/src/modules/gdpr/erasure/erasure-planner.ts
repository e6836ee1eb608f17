import { Injectable } from '@nestjs/common';
import type {
  PersonalDataRegistry,
  RegisteredEntity,
  RegisteredRelation,
} from '../../../core/privacy/personal-data-registry';
import { ErasurePlan, type Row, type RowAction, rowKey } from './erasure-plan';
import { ErasureRepository, type WorkspacePath } from './erasure.repository';
import { PERSON_TABLES } from './erasure-subjects';

/** The person's e-mail addresses (lower-cased) and phone numbers, as the rows reached hold them. */
export interface ContactValues {
  emails: string[];
  phones: string[];
}

interface Frontier {
  table: string;
  rows: Row[];
}

/**
 * Finds every row an erasure reaches, from the registry alone (GDPR-2, GDPR-3):
 * 1. from the person's row, down every `@ErasedWith` relation (delete, erase or detach), and up
 *    from a link row whose other side is left with no link (a parcel whose only recipient goes),
 *    unless that side is a person (a manager whose only parcel goes);
 * 2. then rows with no relation to the person that hold their e-mail or phone in a `contact`
 *    column (outbox messages, secure-message recipients), within the same workspace, and what
 *    hangs off those. People, and rows that belong to a person, are never reached by value.
 */
@Injectable()
export class ErasurePlanner {
  constructor(private readonly repository: ErasureRepository) {}

  async plan(
    table: string,
    root: Row,
    workspaceId: string,
  ): Promise<{ plan: ErasurePlan; contacts: ContactValues }> {
    const registry = this.repository.registry();
    const plan = new ErasurePlan();
    const entity = registry.entity(table);
    plan.add(table, rowKey(root, entity.primaryKey), root, effectiveAction(entity, 'erase'));
    await this.walk(registry, plan, [{ table, rows: [root] }]);
    const contacts = contactValuesOf(registry, plan);
    await this.walk(registry, plan, await this.matchByValue(registry, plan, contacts, workspaceId));
    return { plan, contacts };
  }

  private async walk(registry: PersonalDataRegistry, plan: ErasurePlan, queue: Frontier[]) {
    for (let next = queue.shift(); next; next = queue.shift()) {
      for (const { entity, relation } of registry.dependentsOf(next.table)) {
        const found = await this.repository.find({
          table: entity.table,
          columns: relation.foreignKeyColumns,
          values: next.rows.map((row) => relation.referencedColumns.map((c) => row[c])),
        });
        // A foreign key that cannot be null cannot be detached: the row goes instead.
        const cascade =
          relation.cascade === 'detach' && !relation.nullable ? 'delete' : relation.cascade;
        const action = effectiveAction(entity, cascade);
        const detach = action === 'detach' ? relation.foreignKeyColumns : [];
        const fresh = found.filter((row) =>
          plan.add(entity.table, rowKey(row, entity.primaryKey), row, action, [...detach]),
        );
        if (fresh.length === 0 || action === 'detach') continue;
        queue.push({ table: entity.table, rows: fresh });
        if (action === 'delete') {
          queue.push(...(await this.orphansOfLinks(registry, plan, entity, relation, fresh)));
        }
      }
    }
  }

  /**
   * A link row (its primary key is exactly the foreign keys of two `delete` relations, like a
   * parcel's recipient) reached from one side: a row on the other side whose every link goes is
   * about this person alone, so it goes too.
   */
  private async orphansOfLinks(
    registry: PersonalDataRegistry,
    plan: ErasurePlan,
    link: RegisteredEntity,
    via: RegisteredRelation,
    linkRows: Row[],
  ): Promise<Frontier[]> {
    const other = otherSideOfLink(link, via);
    // A person is erased only as the subject: a manager whose one parcel goes stays.
    if (!other || PERSON_TABLES.has(other.targetTable)) return [];
    const tupleOf = (row: Row) => other.foreignKeyColumns.map((c) => row[c]);
    const keyOf = (tuple: readonly unknown[]) => JSON.stringify(tuple.map(String));
    const parents = new Map(linkRows.map((row) => [keyOf(tupleOf(row)), tupleOf(row)]));
    const totals = await this.repository.countBy(link.table, other.foreignKeyColumns, [
      ...parents.values(),
    ]);
    const going = new Map<string, number>();
    for (const planned of plan.rowsOf(link.table)) {
      if (planned.action !== 'delete') continue;
      const key = keyOf(tupleOf(planned.row));
      going.set(key, (going.get(key) ?? 0) + 1);
    }
    const orphans = [...parents].filter(([key]) => totals.get(key) === going.get(key));
    if (orphans.length === 0) return [];
    const target = registry.entity(other.targetTable);
    const rows = await this.repository.find({
      table: target.table,
      columns: other.referencedColumns,
      values: orphans.map(([, tuple]) => tuple),
    });
    const fresh = rows.filter((row) =>
      plan.add(target.table, rowKey(row, target.primaryKey), row, 'delete'),
    );
    return fresh.length > 0 ? [{ table: target.table, rows: fresh }] : [];
  }

  private async matchByValue(
    registry: PersonalDataRegistry,
    plan: ErasurePlan,
    contacts: ContactValues,
    workspaceId: string,
  ): Promise<Frontier[]> {
    const values = [...contacts.emails, ...contacts.phones].map((value) => [value]);
    if (values.length === 0) return [];
    const frontier: Frontier[] = [];
    for (const entity of registry.entities()) {
      if (belongsToSomeone(entity)) continue;
      const columns = entity.personalColumns.filter(
        (c) => c.declaration.category === 'contact' && !c.isArray && c.type !== 'jsonb',
      );
      const scope = workspaceScope(registry, entity);
      if (columns.length === 0 || !scope) continue;
      const action = effectiveAction(entity, 'erase');
      for (const column of columns) {
        const rows = await this.repository.find({
          table: entity.table,
          columns: [column.column],
          values,
          caseInsensitive: true,
          workspace: { id: workspaceId, via: scope === 'own' ? undefined : scope },
        });
        const fresh = rows.filter((row) =>
          plan.add(entity.table, rowKey(row, entity.primaryKey), row, action),
        );
        if (fresh.length > 0) frontier.push({ table: entity.table, rows: fresh });
      }
    }
    return frontier;
  }
}

/**
 * People, and rows that hang off a person (a CRM contact's e-mail): matching them by value would
 * erase another person's record that happens to share an address (a switchboard number).
 */
function belongsToSomeone(entity: RegisteredEntity): boolean {
  return (
    PERSON_TABLES.has(entity.table) ||
    entity.relations.some((relation) => PERSON_TABLES.has(relation.targetTable))
  );
}

/** `erase` keeps the row only when none of its personal columns says `delete-row`. */
export function effectiveAction(entity: RegisteredEntity, cascade: RowAction): RowAction {
  if (cascade !== 'erase') return cascade;
  const deletes = entity.personalColumns.some((c) => c.declaration.erase === 'delete-row');
  return deletes ? 'delete' : 'erase';
}

function otherSideOfLink(
  link: RegisteredEntity,
  via: RegisteredRelation,
): RegisteredRelation | null {
  const deletes = link.relations.filter((r) => r.cascade === 'delete');
  if (deletes.length !== 2) return null;
  const foreignKeys = deletes.flatMap((r) => r.foreignKeyColumns);
  const isLink =
    foreignKeys.length === link.primaryKey.length &&
    foreignKeys.every((c) => link.primaryKey.includes(c));
  return isLink ? (deletes.find((r) => r.property !== via.property) ?? null) : null;
}

/** How a table is bound to a workspace: its own column, one hop through a relation, or not. */
function workspaceScope(
  registry: PersonalDataRegistry,
  entity: RegisteredEntity,
): 'own' | WorkspacePath | null {
  const hasWorkspace = (e: RegisteredEntity) => e.columns.some((c) => c.column === 'workspace_id');
  if (hasWorkspace(entity)) return 'own';
  const relation = entity.relations.find((r) => hasWorkspace(registry.entity(r.targetTable)));
  return relation ?? null;
}

/** The e-mail addresses and phone numbers in the `contact` columns of the rows that go. */
function contactValuesOf(registry: PersonalDataRegistry, plan: ErasurePlan): ContactValues {
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const planned of plan.all()) {
    if (planned.action === 'detach') continue;
    for (const column of registry.entity(planned.table).personalColumns) {
      const value = planned.row[column.column];
      if (column.declaration.category !== 'contact' || typeof value !== 'string' || !value)
        continue;
      if (column.declaration.mask === 'email') emails.add(value.trim().toLowerCase());
      if (column.declaration.mask === 'phone') phones.add(value.trim());
    }
  }
  return { emails: [...emails], phones: [...phones] };
}
