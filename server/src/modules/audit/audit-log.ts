import { Injectable } from '@nestjs/common';
import { AuditEventKind } from '@guichet/contracts';
import { isUUID } from 'class-validator';
import type { AuditEventInput, NewAuditEvent } from './audit-event';
import { AuditEventRepository } from './audit-event.repository';
import { truncateIp } from './truncate-ip';

const KINDS = new Set<string>(Object.values(AuditEventKind));
const TARGET_NAME = /^[a-z][A-Za-z0-9]{0,38}Id$/;
const MAX_TARGETS = 8;

/**
 * The audit trail (ARCHITECTURE: append-only, no personal data in free text). Other modules only
 * ever append; reading it is for the admin viewer of this module.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly repository: AuditEventRepository) {}

  /**
   * Appends one event, keeping only the network of `ip`. Inside `Transactions.run` the event
   * commits or rolls back with the action it describes, so record a failure outside the
   * transaction that the failure rolls back. Throws on a kind, outcome or id that does not belong
   * in the trail: that is a programming error, not a caller's.
   */
  async record(event: AuditEventInput): Promise<void> {
    await this.repository.append(this.entry(event));
  }

  /**
   * The row `record` would append, checked the same way, for a module that appends it in the
   * statement of the change it records (see `auditEventInsert`).
   */
  entry(event: AuditEventInput): NewAuditEvent {
    return this.toRow(event);
  }

  /** Appends several events in one statement (a batch job's tombstones); same checks as `record`. */
  async recordMany(events: AuditEventInput[]): Promise<void> {
    const rows = events.map((event) => this.toRow(event));
    if (rows.length > 0) await this.repository.appendMany(rows);
  }

  private toRow(event: AuditEventInput): NewAuditEvent {
    const targetIds = event.targetIds ?? {};
    this.check(event, targetIds);
    return {
      kind: event.kind,
      outcome: event.outcome,
      workspaceId: event.workspaceId ?? null,
      actorId: event.actorId ?? null,
      targetIds: { ...targetIds },
      ipPrefix: truncateIp(event.ip),
    };
  }

  private check(event: AuditEventInput, targetIds: Record<string, string>): void {
    if (!KINDS.has(event.kind)) throw new Error(`Unknown audit event kind: ${String(event.kind)}`);
    if (event.outcome !== 'success' && event.outcome !== 'failure') {
      throw new Error(`Audit outcome must be success or failure (got ${String(event.outcome)})`);
    }
    for (const [name, id] of [
      ['workspaceId', event.workspaceId],
      ['actorId', event.actorId],
    ] as const) {
      if (id != null && !isUUID(id)) throw new Error(`Audit ${name} must be a UUID`);
    }
    const entries = Object.entries(targetIds);
    // Ids only: a name, an e-mail address or a message in the trail would need rewriting on erasure.
    if (
      entries.length > MAX_TARGETS ||
      entries.some(([name, id]) => !TARGET_NAME.test(name) || !isUUID(id))
    ) {
      throw new Error(
        `Audit target ids must be at most ${MAX_TARGETS} UUIDs named like "accountId"`,
      );
    }
  }
}
