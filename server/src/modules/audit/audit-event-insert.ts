import type { NewAuditEvent } from './audit-event';

/**
 * The columns both INSERTs fill, with their types, in the order of {@link auditEventValues}; id
 * and time are defaults.
 */
const COLUMNS = [
  ['kind', 'text'],
  ['outcome', 'text'],
  ['workspace_id', 'uuid'],
  ['actor_account_id', 'uuid'],
  ['target_ids', 'jsonb'],
  ['ip_prefix', 'text'],
] as const;
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
  const rows = events.map(auditEventValues);
  return COLUMNS.map((_, column) => rows.map((row) => row[column]));
}

/** The values of {@link auditEventInsert}, in its order. */
export function auditEventValues(event: NewAuditEvent): unknown[] {
  return [
    event.kind,
    event.outcome,
    event.workspaceId,
    event.actorId,
    JSON.stringify(event.targetIds),
    event.ipPrefix,
  ];
}
