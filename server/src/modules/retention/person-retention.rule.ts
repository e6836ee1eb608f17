import { AuditEventKind, type RetentionKind, type RetentionSettings } from '@guichet/contracts';
import type { AuditLog } from '../audit/audit-log';
import { eraseEach, type RetentionEraser } from './retention-eraser';
import { RetentionRule, type RetentionCandidate } from './retention-rule';

/** How one kind of person is found: past the cutoff, and within a window before it. */
export interface PersonQueries {
  countDue(workspaceId: string, cutoff: Date): Promise<number>;
  due(workspaceId: string, cutoff: Date, limit: number): Promise<string[]>;
  between(
    workspaceId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }>;
}

export interface PersonRetention {
  kind: RetentionKind;
  subject: 'client' | 'lead';
  monthsOf(settings: RetentionSettings): number;
  /** The audit event each erasure leaves, with the person's id under `target`. */
  audit: AuditEventKind;
  target: 'accountId' | 'leadId';
  queries: PersonQueries;
}

/**
 * People erased at the end of their period through the erasure engine: inactive client accounts
 * (CNIL: 2 years after the last sign-in) and leads (3 years after the last contact from them).
 * People always belong to a workspace: the scope of no workspace has none.
 */
export class PersonRetentionRule extends RetentionRule {
  readonly kind: RetentionKind;

  constructor(
    private readonly person: PersonRetention,
    private readonly eraser: RetentionEraser,
    private readonly audit: AuditLog,
  ) {
    super();
    this.kind = person.kind;
  }

  monthsOf(settings: RetentionSettings): number {
    return this.person.monthsOf(settings);
  }

  async countDue(workspaceId: string | null, cutoff: Date): Promise<number> {
    return workspaceId ? this.person.queries.countDue(workspaceId, cutoff) : 0;
  }

  async expiring(
    workspaceId: string | null,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }> {
    if (!workspaceId) return { count: 0, first: [] };
    return this.person.queries.between(workspaceId, from, to, limit);
  }

  async applyBatch(workspaceId: string | null, cutoff: Date, limit: number): Promise<number> {
    if (!workspaceId) return 0;
    const ids = await this.person.queries.due(workspaceId, cutoff, limit);
    return eraseEach(ids, (id) =>
      // In the erasure's transaction: a crash between the two never loses the event (GDPR-5).
      // Ids only: the trail names nobody, and an erased person's id points at nothing.
      this.eraser.erase(workspaceId, this.person.subject, id, () =>
        this.audit.record({
          kind: this.person.audit,
          outcome: 'success',
          workspaceId,
          targetIds: { [this.person.target]: id },
        }),
      ),
    );
  }
}

/** Client accounts unused for `inactiveClientMonths`: erased. */
export const inactiveClients = (queries: PersonQueries): PersonRetention => ({
  kind: 'inactive-clients',
  subject: 'client',
  monthsOf: (settings) => settings.inactiveClientMonths,
  audit: AuditEventKind.RetentionAccountErased,
  target: 'accountId',
  queries,
});

/**
 * Leads not heard from for `leadMonths` (a communication of direction `from-person`, or their
 * creation): erased (anonymised). Mails the firm sent them do not extend it.
 */
export const silentLeads = (queries: PersonQueries): PersonRetention => ({
  kind: 'leads',
  subject: 'lead',
  monthsOf: (settings) => settings.leadMonths,
  audit: AuditEventKind.RetentionLeadErased,
  target: 'leadId',
  queries,
});
