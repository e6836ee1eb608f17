import type { RetentionKind, RetentionSettings } from '@guichet/contracts';

/** Something a rule will erase or clear, with the date its period counts from. */
export interface RetentionCandidate {
  id: string;
  label: string;
  /** The last activity (sign-in, contact from the person, event time) the period runs from. */
  since: Date;
}

/**
 * One kind of data with a retention period (GDPR-5). The job asks each rule, per workspace, what
 * is past its cutoff (`since` before it) and applies it in batches; the report also asks what
 * will pass it soon. Modules add their own rules to `RetentionRules` (the CRM adds leads).
 * `workspaceId` null is what belongs to no workspace (audit events of unknown workspaces), under
 * the default periods.
 */
export abstract class RetentionRule {
  abstract readonly kind: RetentionKind;

  abstract monthsOf(settings: RetentionSettings): number;

  abstract countDue(workspaceId: string | null, cutoff: Date): Promise<number>;

  /** Those whose `since` falls in [from, to): they pass their period within the window. */
  abstract expiring(
    workspaceId: string | null,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }>;

  /** Erases or clears at most `limit` of what is past `cutoff`; 0 once nothing is left. */
  abstract applyBatch(workspaceId: string | null, cutoff: Date, limit: number): Promise<number>;
}
