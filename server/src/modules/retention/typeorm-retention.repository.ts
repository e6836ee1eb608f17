import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import type { RetentionCandidate } from './retention-rule';
import { RetentionRepository } from './retention.repository';

/** Inactivity runs from the last sign-in, or from creation for an account never used. */
const ACTIVITY = `COALESCE(a.last_active_at, a.created_at)`;
const INACTIVE_CLIENTS = `FROM account a WHERE a.workspace_id = $1 AND a.role = 'client'`;
const AUDIT_IPS = `FROM audit_event e
  WHERE e.workspace_id IS NOT DISTINCT FROM $1 AND e.ip_prefix IS NOT NULL`;

interface CandidateRow {
  id: string;
  access_code: string;
  first_name: string | null;
  last_name: string;
  since: Date;
}

@Injectable()
export class TypeOrmRetentionRepository extends RetentionRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async countInactiveClients(workspaceId: string, cutoff: Date): Promise<number> {
    return this.count(`SELECT count(*) ${INACTIVE_CLIENTS} AND ${ACTIVITY} < $2`, [
      workspaceId,
      cutoff,
    ]);
  }

  async inactiveClients(workspaceId: string, cutoff: Date, limit: number): Promise<string[]> {
    const rows = (await this.context
      .manager()
      .query(
        `SELECT a.id ${INACTIVE_CLIENTS} AND ${ACTIVITY} < $2 ORDER BY ${ACTIVITY}, a.id LIMIT $3`,
        [workspaceId, cutoff, limit],
      )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async clientsActiveBetween(
    workspaceId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }> {
    const between = `${INACTIVE_CLIENTS} AND ${ACTIVITY} >= $2 AND ${ACTIVITY} < $3`;
    const count = await this.count(`SELECT count(*) ${between}`, [workspaceId, from, to]);
    const rows = (await this.context.manager().query(
      `SELECT a.id, a.access_code, a.first_name, a.last_name, ${ACTIVITY} AS since
         ${between} ORDER BY since, a.id LIMIT $4`,
      [workspaceId, from, to, limit],
    )) as CandidateRow[];
    return {
      count,
      first: rows.map((row) => ({
        id: row.id,
        label: `${[row.first_name, row.last_name].filter(Boolean).join(' ')} (${row.access_code})`,
        since: row.since,
      })),
    };
  }

  async countAuditIps(workspaceId: string | null, cutoff: Date): Promise<number> {
    return this.count(`SELECT count(*) ${AUDIT_IPS} AND e.occurred_at < $2`, [workspaceId, cutoff]);
  }

  async countAuditIpsBetween(workspaceId: string | null, from: Date, to: Date): Promise<number> {
    return this.count(
      `SELECT count(*) ${AUDIT_IPS} AND e.occurred_at >= $2 AND e.occurred_at < $3`,
      [workspaceId, from, to],
    );
  }

  async clearAuditIps(workspaceId: string | null, cutoff: Date, limit: number): Promise<number> {
    // One transaction per batch: the setting lives only as long as it (set_config local = true),
    // and the trail's triggers accept this UPDATE only with it and only when it clears ip_prefix.
    return this.context.run(async () => {
      const manager = this.context.manager();
      await manager.query(`SELECT set_config('guichet.audit_ip_retention', 'on', true)`);
      const [, affected] = (await manager.query(
        `UPDATE audit_event SET ip_prefix = NULL WHERE id IN (
           SELECT e.id ${AUDIT_IPS} AND e.occurred_at < $2 LIMIT $3)`,
        [workspaceId, cutoff, limit],
      )) as [unknown, number];
      return affected;
    });
  }

  private async count(sql: string, parameters: unknown[]): Promise<number> {
    const [row] = (await this.context.manager().query(sql, parameters)) as { count: string }[];
    return Number(row?.count ?? 0);
  }
}
