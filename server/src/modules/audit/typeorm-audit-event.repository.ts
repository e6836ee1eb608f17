import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import type {
  AuditCursor,
  AuditEvent,
  AuditEventFilter,
  AuditEventPage,
  NewAuditEvent,
} from './audit-event';
import {
  AUDIT_EVENTS_INSERT,
  auditEventColumns,
  auditEventInsert,
  auditEventValues,
} from './audit-event-insert';
import { AuditEventRepository } from './audit-event.repository';

interface AuditEventRow extends AuditEvent {
  /** occurred_at in UTC to the microsecond, for the cursor. */
  exactTime: string;
}

/** Prepared: every sign-in attempt appends one. */
const APPEND_EVENT = { name: 'append-audit-event', text: auditEventInsert(1) };

@Injectable()
export class TypeOrmAuditEventRepository extends AuditEventRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async append(event: NewAuditEvent): Promise<void> {
    await this.context.rows(APPEND_EVENT, auditEventValues(event));
  }

  async appendMany(events: NewAuditEvent[]): Promise<void> {
    await this.context.manager().query(AUDIT_EVENTS_INSERT, auditEventColumns(events));
  }

  async list(filter: AuditEventFilter): Promise<AuditEventPage> {
    const params: unknown[] = [filter.workspaceId];
    const where = ['workspace_id = $1'];
    const bind = (value: unknown) => `$${params.push(value)}`;
    if (filter.actorId) where.push(`actor_account_id = ${bind(filter.actorId)}`);
    if (filter.accountId) {
      where.push(
        `(actor_account_id = ${bind(filter.accountId)}::uuid
          OR target_ids @> jsonb_build_object('accountId', ${bind(filter.accountId)}::text))`,
      );
    }
    if (filter.kind) where.push(`kind = ${bind(filter.kind)}`);
    if (filter.from) where.push(`occurred_at >= ${bind(filter.from)}`);
    if (filter.to) where.push(`occurred_at < ${bind(filter.to)}`);
    if (filter.before) {
      const { occurredAt, id } = filter.before;
      where.push(`(occurred_at, id) < (${bind(occurredAt)}::timestamptz, ${bind(id)}::uuid)`);
    }
    // One row more than asked tells whether another page follows.
    const rows = (await this.context.manager().query(
      `SELECT id, occurred_at AS "occurredAt",
              to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "exactTime",
              workspace_id AS "workspaceId", actor_account_id AS "actorId", kind, outcome,
              target_ids AS "targetIds", ip_prefix AS "ipPrefix"
         FROM audit_event
        WHERE ${where.join(' AND ')}
        ORDER BY occurred_at DESC, id DESC
        LIMIT ${bind(filter.limit + 1)}`,
      params,
    )) as AuditEventRow[];
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    const next: AuditCursor | null =
      rows.length > filter.limit && last ? { occurredAt: last.exactTime, id: last.id } : null;
    return { events: page.map(({ exactTime: _exactTime, ...event }) => event), next };
  }
}
