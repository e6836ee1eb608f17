import { AuditEventKind, type RetentionSettings } from '@guichet/contracts';
import type { AuditLog } from '../audit/audit-log';
import { eraseEach, type RetentionEraser } from './retention-eraser';
import { RetentionRule, type RetentionCandidate } from './retention-rule';
import { RetentionRepository } from './retention.repository';

/**
 * Prospects (CRM leads) are erased `leadMonths` (CNIL: 3 years) after the last contact *from*
 * them: a communication of direction `from-person`, or the lead's creation when none. Mails the
 * firm sent them do not extend it.
 */
export class LeadsRule extends RetentionRule {
  readonly kind = 'leads' as const;

  constructor(
    private readonly repository: RetentionRepository,
    private readonly eraser: RetentionEraser,
    private readonly audit: AuditLog,
  ) {
    super();
  }

  monthsOf(settings: RetentionSettings): number {
    return settings.leadMonths;
  }

  async countDue(workspaceId: string | null, cutoff: Date): Promise<number> {
    return workspaceId ? this.repository.countSilentLeads(workspaceId, cutoff) : 0;
  }

  async expiring(
    workspaceId: string | null,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }> {
    if (!workspaceId) return { count: 0, first: [] };
    return this.repository.leadsLastHeardBetween(workspaceId, from, to, limit);
  }

  async applyBatch(workspaceId: string | null, cutoff: Date, limit: number): Promise<number> {
    if (!workspaceId) return 0;
    const ids = await this.repository.silentLeads(workspaceId, cutoff, limit);
    return eraseEach(ids, async (leadId) => {
      await this.eraser.erase(workspaceId, 'lead', leadId);
      await this.audit.record({
        kind: AuditEventKind.RetentionLeadErased,
        outcome: 'success',
        workspaceId,
        targetIds: { leadId },
      });
    });
  }
}
