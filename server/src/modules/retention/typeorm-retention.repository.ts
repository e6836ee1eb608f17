import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { PersonalDataRegistry } from '../../core/privacy/personal-data-registry';
import type { RetentionCandidate } from './retention-rule';
import { RetentionRepository } from './retention.repository';

/** Inactivity runs from the last sign-in, or from creation for an account never used. */
const ACTIVITY = `COALESCE(a.last_active_at, a.created_at)`;
const INACTIVE_CLIENTS = `FROM account a WHERE a.workspace_id = $1 AND a.role = 'client'`;
const AUDIT_IPS = `FROM audit_event e
  WHERE e.workspace_id IS NOT DISTINCT FROM $1 AND e.ip_prefix IS NOT NULL`;

/** A lead is last heard from at its last communication *from* the person, or its creation. */
const HEARD = `COALESCE((SELECT max(c.occurred_at) FROM crm_communication c
  WHERE c.lead_id = l.id AND c.direction = 'from-person'), l.created_at)`;

interface LeadRow {
  id: string;
  first_name: string | null;
  last_name: string;
  company_name: string | null;
  since: Date;
}

interface CandidateRow {
  id: string;
  access_code: string;
  first_name: string | null;
  last_name: string;
  since: Date;
}

@Injectable()
export class TypeOrmRetentionRepository extends RetentionRepository {
  /** Leads whose personal columns do not all hold their erased value yet. */
  private readonly liveLeads: string;

  constructor(
    private readonly context: EntityManagerContext,
    registry: PersonalDataRegistry,
  ) {
    super();
    this.liveLeads = `FROM crm_lead l WHERE l.workspace_id = $1 AND NOT (${erasedCondition(
      registry,
      'crm_lead',
      'l',
    )})`;
  }

  async countSilentLeads(workspaceId: string, cutoff: Date): Promise<number> {
    return this.count(`SELECT count(*) ${this.liveLeads} AND ${HEARD} < $2`, [workspaceId, cutoff]);
  }

  async silentLeads(workspaceId: string, cutoff: Date, limit: number): Promise<string[]> {
    const rows = (await this.context
      .manager()
      .query(`SELECT l.id ${this.liveLeads} AND ${HEARD} < $2 ORDER BY ${HEARD}, l.id LIMIT $3`, [
        workspaceId,
        cutoff,
        limit,
      ])) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async leadsLastHeardBetween(
    workspaceId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }> {
    const between = `${this.liveLeads} AND ${HEARD} >= $2 AND ${HEARD} < $3`;
    const count = await this.count(`SELECT count(*) ${between}`, [workspaceId, from, to]);
    const rows = (await this.context.manager().query(
      `SELECT l.id, l.first_name, l.last_name, l.company_name, ${HEARD} AS since
         ${between} ORDER BY since, l.id LIMIT $4`,
      [workspaceId, from, to, limit],
    )) as LeadRow[];
    return {
      count,
      first: rows.map((row) => ({
        id: row.id,
        label: [[row.first_name, row.last_name].filter(Boolean).join(' '), row.company_name]
          .filter(Boolean)
          .join(', '),
        since: row.since,
      })),
    };
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

/**
 * SQL true for a row whose personal columns all hold what erasure leaves (null or the fixed
 * value), read from the registry: an anonymised row that stays is not erased twice.
 */
function erasedCondition(registry: PersonalDataRegistry, table: string, alias: string): string {
  const literal = (value: string | number | boolean) =>
    typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);
  const conditions = registry.entity(table).personalColumns.flatMap(({ column, declaration }) => {
    if (declaration.erase === 'null') return [`${alias}."${column}" IS NULL`];
    if (declaration.erase === 'delete-row') return [];
    return [`${alias}."${column}" = ${literal(declaration.erase.value)}`];
  });
  return conditions.length > 0 ? conditions.join(' AND ') : 'false';
}
