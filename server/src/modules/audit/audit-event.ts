import type { AuditEventKind } from '@guichet/contracts';

export type AuditOutcome = 'success' | 'failure';

/** What a module reports to {@link AuditLog.record}: ids only, never names, e-mails or text. */
export interface AuditEventInput {
  kind: AuditEventKind;
  outcome: AuditOutcome;
  workspaceId?: string | null;
  /** The account that acted (or tried to), when known. */
  actorId?: string | null;
  /** What the action was about, by UUID: `{ accountId: '…', parcelId: '…' }`. */
  targetIds?: Record<string, string>;
  /** The caller's address; only its network is stored. */
  ip?: string | null;
}

/** A row to append, as stored. */
export interface NewAuditEvent {
  kind: AuditEventKind;
  outcome: AuditOutcome;
  workspaceId: string | null;
  actorId: string | null;
  targetIds: Record<string, string>;
  /** `203.0.113.0/24`, `2001:db8:85a3::/48`, or null. */
  ipPrefix: string | null;
}

export interface AuditEvent extends NewAuditEvent {
  id: string;
  occurredAt: Date;
}

/**
 * Position in a workspace's trail, newest first: the next page holds the events before it.
 * `occurredAt` keeps PostgreSQL's microseconds (a `Date` would lose them and skip or repeat rows).
 */
export interface AuditCursor {
  /** `2026-11-23T15:00:00.123456Z` */
  occurredAt: string;
  id: string;
}

export interface AuditEventFilter {
  workspaceId: string;
  actorId?: string;
  /** Events where this account acted or is `targetIds.accountId`. */
  accountId?: string;
  kind?: AuditEventKind;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  limit: number;
  before?: AuditCursor;
}

export interface AuditEventPage {
  /** Newest first. */
  events: AuditEvent[];
  /** Where the next page starts; null on the last page. */
  next: AuditCursor | null;
}
