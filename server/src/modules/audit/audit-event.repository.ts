import type { AuditEventFilter, AuditEventPage, NewAuditEvent } from './audit-event';

/**
 * Port: the audit trail. Append-only by design: there is no update or delete here, and the
 * database refuses any UPDATE of `audit_event` (see the AuditAndCaptcha migration).
 */
export abstract class AuditEventRepository {
  /** Appends in the caller's transaction, if any. */
  abstract append(event: NewAuditEvent): Promise<void>;

  /** Appends many at once (a job's tombstones), in the caller's transaction, if any. */
  abstract appendMany(events: NewAuditEvent[]): Promise<void>;

  /** One page of a workspace's events, newest first (keyset pagination on time and id). */
  abstract list(filter: AuditEventFilter): Promise<AuditEventPage>;
}
