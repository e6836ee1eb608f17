import type { AuditEventKind } from '../audit/audit-event-kind';

/** An account named in the trail; `name` is null once the account no longer exists. */
export interface AuditPerson {
  id: string;
  name: string | null;
}

/** One line of `GET /api/admin/audit`: who did what, when, about whom, from which network. */
export interface AdminAuditEvent {
  id: string;
  kind: AuditEventKind;
  outcome: 'success' | 'failure';
  /** ISO 8601. */
  occurredAt: string;
  /** Who acted; null when unknown (a failed sign-in with an unknown identifier, the CLI). */
  actor: AuditPerson | null;
  /** The ids the event is about, e.g. `{ accountId }`. */
  targetIds: Record<string, string>;
  /** `targetIds.accountId` named for display. */
  targetAccount: AuditPerson | null;
  /** `203.0.113.0/24`, `2001:db8::/48`: never the full address. */
  ipPrefix: string | null;
}

/** Query of `GET /api/admin/audit`; every parameter is optional. */
export interface AdminAuditQuery {
  /** Events where this account acted or was the target. */
  accountId?: string;
  kind?: AuditEventKind;
  /** ISO 8601, inclusive. */
  from?: string;
  /** ISO 8601, exclusive. */
  to?: string;
  cursor?: string;
}

/** A page of the workspace's audit trail, newest first (50 per page). */
export interface AdminAuditPage {
  items: AdminAuditEvent[];
  nextCursor: string | null;
}
