import type { NewAuditEvent } from './audit-event';

/** The columns both INSERTs fill, in the order of {@link auditEventValues}; id and time are defaults. */
const COLUMNS = 'kind, outcome, workspace_id, actor_account_id, target_ids, ip_prefix';

/**
 * The INSERT of one audit event, its values numbered from `$first`: the audit repository runs it
 * alone, and a hot path (sign-in) runs it in the same statement as the change it records, to
 * save a round trip. The id and occurred_at come from the column defaults, as with the entity.
 */
export function auditEventInsert(first: number): string {
  const [kind, outcome, workspace, actor, targets, ip] = [0, 1, 2, 3, 4, 5].map(
    (offset) => `$${first + offset}`,
  );
  return `INSERT INTO audit_event (${COLUMNS})
          VALUES (${kind}, ${outcome}, ${workspace}, ${actor}, ${targets}, ${ip})`;
}

/**
 * The INSERT of any number of audit events in one statement: one array parameter a column
 * ({@link auditEventColumns}), where a VALUES list would take six parameters a row and a plan
 * of its own for each length.
 */
export const AUDIT_EVENTS_INSERT = `INSERT INTO audit_event (${COLUMNS})
  SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::jsonb[], $6::text[])`;

/** The parameters of {@link AUDIT_EVENTS_INSERT}: the values of each column, event by event. */
export function auditEventColumns(events: NewAuditEvent[]): unknown[][] {
  const rows = events.map(auditEventValues);
  return [0, 1, 2, 3, 4, 5].map((column) => rows.map((row) => row[column]));
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
