import type { NewAuditEvent } from './audit-event';

/**
 * The INSERT of one audit event, its values numbered from `$first`: the audit repository runs it
 * alone, and a hot path (sign-in) runs it in the same statement as the change it records, to
 * save a round trip. The id and occurred_at come from the column defaults, as with the entity.
 */
export function auditEventInsert(first: number): string {
  const [kind, outcome, workspace, actor, targets, ip] = [0, 1, 2, 3, 4, 5].map(
    (offset) => `$${first + offset}`,
  );
  return `INSERT INTO audit_event (kind, outcome, workspace_id, actor_account_id, target_ids, ip_prefix)
          VALUES (${kind}, ${outcome}, ${workspace}, ${actor}, ${targets}, ${ip})`;
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
