/**
 * What a retention period applies to (GDPR-5): client accounts nobody used for a while, the
 * network prefixes of the audit trail, and prospects (CRM leads) who stopped writing.
 */
export type RetentionKind = 'inactive-clients' | 'audit-ip' | 'leads';

/** `GET`/`PUT /api/admin/retention/settings` (admin): the workspace's periods, in months. */
export interface RetentionSettings {
  /** A client account with no sign-in for this long is erased (CNIL: 24). */
  inactiveClientMonths: number;
  /** The network prefix of an audit event is cleared at this age (CNIL: 12). */
  auditIpMonths: number;
  /** A lead is erased this long after the last contact from the person (CNIL: 36). */
  leadMonths: number;
}

/** Something that will reach its period soon: shown to the admin before it goes. */
export interface RetentionExpiringItem {
  id: string;
  /** What the admin knows it by (a client's name and access code); empty for audit events. */
  label: string;
  /** When the job will erase or clear it. */
  expiresAt: string;
}

export interface RetentionKindReport {
  kind: RetentionKind;
  months: number;
  /** Past their period now: what a run erases or clears (a dry run only counts them). */
  due: number;
  /** Erased or cleared by this run; 0 in a dry run. */
  done: number;
  /** Reaching their period within `expiringWithinDays`. */
  expiringCount: number;
  /** The first of them, soonest first (at most 100). */
  expiring: RetentionExpiringItem[];
}

/**
 * `GET /api/admin/retention/report` (admin, always a dry run) and the job's own report: one entry
 * per kind the server knows (`leads` only with the CRM).
 */
export interface RetentionReport {
  dryRun: boolean;
  /** False when another instance held the job's lock: nothing was done. */
  ran: boolean;
  at: string;
  expiringWithinDays: number;
  kinds: RetentionKindReport[];
}
