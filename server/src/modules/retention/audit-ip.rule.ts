import type { RetentionSettings } from '@guichet/contracts';
import { RetentionRule, type RetentionCandidate } from './retention-rule';
import { RetentionRepository } from './retention.repository';

/**
 * The network prefix of an audit event is cleared after `auditIpMonths` (CNIL: 12 months for
 * connection logs); the event keeps its kind, time, actor and targets.
 */
export class AuditIpRule extends RetentionRule {
  readonly kind = 'audit-ip' as const;

  constructor(private readonly repository: RetentionRepository) {
    super();
  }

  monthsOf(settings: RetentionSettings): number {
    return settings.auditIpMonths;
  }

  countDue(workspaceId: string | null, cutoff: Date): Promise<number> {
    return this.repository.countAuditIps(workspaceId, cutoff);
  }

  /** Events are counted, not listed: they name nobody the admin would look for. */
  async expiring(
    workspaceId: string | null,
    from: Date,
    to: Date,
  ): Promise<{ count: number; first: RetentionCandidate[] }> {
    return { count: await this.repository.countAuditIpsBetween(workspaceId, from, to), first: [] };
  }

  applyBatch(workspaceId: string | null, cutoff: Date, limit: number): Promise<number> {
    return this.repository.clearAuditIps(workspaceId, cutoff, limit);
  }
}
