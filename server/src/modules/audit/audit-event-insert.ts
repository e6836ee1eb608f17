import type { NewAuditEvent } from './audit-event';

/**
 * The columns both INSERTs fill: name, type and the event's value, so that their order is kept in
 * one place. The id and occurred_at are column defaults.
 */
const COLUMNS: readonly (readonly [string, string, (event: NewAuditEvent) => unknown])[] = [
  ['kind', 'text', (event) => event.kind],
  ['outcome', 'text', (event) => event.outcome],
  ['workspace_id', 'uuid', (event) => event.workspaceId],
  ['actor_account_id', 'uuid', (event) => event.actorId],
  ['target_ids', 'jsonb', (event) => JSON.stringify(event.targetIds)],
  ['ip_prefix', 'text', (event) => event.ipPrefix],
];
const COLUMN_NAMES = COLUMNS.map(([name]) => name).join(', ');

/**
 * The INSERT of one audit event, its values numbered from `$first`: the audit repository runs it
 * alone, and a hot path (sign-in) runs it in the same statement as the change it records, to
 * save a round trip. The id and occurred_at come from the column defaults, as with the entity.
 */
export function auditEventInsert(first: number): string {
  const values = COLUMNS.map((_, offset) => `$${first + offset}`).join(', ');
  return `INSERT INTO audit_event (${COLUMN_NAMES})
          VALUES (${values})`;
}

/**
 * The INSERT of any number of audit events in one statement: one array parameter a column
 * ({@link auditEventColumns}), where a VALUES list would take six parameters a row and a plan
 * of its own for each length.
 */
export const AUDIT_EVENTS_INSERT = `INSERT INTO audit_event (${COLUMN_NAMES})
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

/** The parameters of {@link AUDIT_EVENTS_INSERT}: the values of each column, event by event. */
export function auditEventColumns(events: NewAuditEvent[]): unknown[][] {
  return COLUMNS.map(([, , value]) => events.map(value));
}

/** The values of {@link auditEventInsert}, in its order. */
export function auditEventValues(event: NewAuditEvent): unknown[] {
  return COLUMNS.map(([, , value]) => value(event));
}
