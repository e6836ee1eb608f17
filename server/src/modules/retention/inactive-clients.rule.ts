import { AuditEventKind, type RetentionSettings } from '@guichet/contracts';
import type { AuditLog } from '../audit/audit-log';
import { eraseEach, type RetentionEraser } from './retention-eraser';
import { RetentionRule, type RetentionCandidate } from './retention-rule';
import { RetentionRepository } from './retention.repository';

/** Client accounts unused for `inactiveClientMonths` (CNIL: 2 years) are erased. */
export class InactiveClientsRule extends RetentionRule {
  readonly kind = 'inactive-clients' as const;

  constructor(
    private readonly repository: RetentionRepository,
    private readonly eraser: RetentionEraser,
    private readonly audit: AuditLog,
  ) {
    super();
  }

  monthsOf(settings: RetentionSettings): number {
    return settings.inactiveClientMonths;
  }

  async countDue(workspaceId: string | null, cutoff: Date): Promise<number> {
    return workspaceId ? this.repository.countInactiveClients(workspaceId, cutoff) : 0;
  }

  async expiring(
    workspaceId: string | null,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }> {
    if (!workspaceId) return { count: 0, first: [] };
    return this.repository.clientsActiveBetween(workspaceId, from, to, limit);
  }

  async applyBatch(workspaceId: string | null, cutoff: Date, limit: number): Promise<number> {
    if (!workspaceId) return 0;
    const ids = await this.repository.inactiveClients(workspaceId, cutoff, limit);
    return eraseEach(ids, async (accountId) => {
      await this.eraser.erase(workspaceId, 'client', accountId);
      // Ids only: the trail names nobody, and an erased account's id points at nothing.
      await this.audit.record({
        kind: AuditEventKind.RetentionAccountErased,
        outcome: 'success',
        workspaceId,
        targetIds: { accountId },
      });
    });
  }
}
