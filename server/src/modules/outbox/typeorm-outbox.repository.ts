import type { QueueCensus } from '../../core/metrics/metrics.service';
import { Injectable } from '@nestjs/common';
import { OutboxStatus } from '@guichet/contracts';
import type { QueryDeepPartialEntity } from 'typeorm';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import {
  type ClaimedMessage,
  type NewOutboxMessage,
  OutboxRepository,
  type StoredOutboxMessage,
} from './outbox.repository';

interface ClaimedRow {
  id: string;
  idempotency_key: string;
  channel: ClaimedMessage['channel'];
  payload: Buffer;
  attempts: number;
}

@Injectable()
export class TypeOrmOutboxRepository extends OutboxRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async census(): Promise<QueueCensus> {
    const rows = (await this.context.manager().query(
      `SELECT count(*)::int AS depth,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS age
         FROM outbox_message WHERE status IN ('pending', 'sending')`,
    )) as { depth: number; age: number }[];
    return { depth: rows[0]?.depth ?? 0, oldestAgeSeconds: rows[0]?.age ?? 0 };
  }

  async add(message: NewOutboxMessage): Promise<void> {
    await this.context
      .manager()
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values(message)
      .orIgnore()
      .execute();
  }

  async claimDue(limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
    // One statement, committed at once: the worker then sends without holding a connection.
    // For an UPDATE, TypeORM's PostgreSQL driver answers [rows, affected count].
    const [rows] = (await this.context.manager().query(
      `UPDATE outbox_message m
          SET status = 'sending', attempts = m.attempts + 1, updated_at = now(),
              next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM (SELECT id FROM outbox_message
                WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()
                ORDER BY next_attempt_at
                LIMIT $1
                FOR UPDATE SKIP LOCKED) due
        WHERE m.id = due.id
    RETURNING m.id, m.idempotency_key, m.channel, m.payload, m.attempts`,
      [limit, leaseMs],
    )) as [ClaimedRow[], number];
    return rows.map((row) => ({
      id: row.id,
      idempotencyKey: row.idempotency_key,
      channel: row.channel,
      payload: row.payload,
      attempts: row.attempts,
    }));
  }

  async markSent(message: ClaimedMessage, providerId: string | null): Promise<void> {
    await this.settle(message, {
      status: OutboxStatus.Sent,
      payload: null,
      sentAt: new Date(),
      providerId,
      lastError: null,
    });
  }

  async markAttemptFailed(
    message: ClaimedMessage,
    error: string,
    retryInMs: number | null,
  ): Promise<void> {
    await this.settle(message, {
      status: retryInMs === null ? OutboxStatus.Failed : OutboxStatus.Pending,
      lastError: error.slice(0, 300),
      nextAttemptAt: () =>
        `now() + ${Math.max(0, Math.round(retryInMs ?? 0))} * interval '1 millisecond'`,
    });
  }

  async list(
    workspaceId: string,
    statuses: OutboxStatus[],
    limit: number,
  ): Promise<StoredOutboxMessage[]> {
    return this.query()
      .where('m.workspace_id = :workspaceId', { workspaceId })
      .andWhere('m.status IN (:...statuses)', { statuses })
      .orderBy('m.created_at', 'DESC')
      .limit(limit)
      .getRawMany<StoredOutboxMessage>();
  }

  async find(workspaceId: string, id: string): Promise<StoredOutboxMessage | null> {
    return (
      (await this.query()
        .where('m.id = :id AND m.workspace_id = :workspaceId', { id, workspaceId })
        .getRawOne<StoredOutboxMessage>()) ?? null
    );
  }

  async requeue(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.context
      .manager()
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({
        status: OutboxStatus.Pending,
        attempts: 0,
        lastError: null,
        nextAttemptAt: () => 'now()',
      })
      .where('id = :id AND workspace_id = :workspaceId AND status IN (:...statuses)', {
        id,
        workspaceId,
        statuses: [OutboxStatus.Failed, OutboxStatus.Pending],
      })
      .andWhere('payload IS NOT NULL')
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async settle(
    message: ClaimedMessage,
    changes: QueryDeepPartialEntity<OutboxMessageEntity>,
  ): Promise<void> {
    // Only the claim that is still current may settle: a worker whose claim lapsed and was
    // taken over by another must not overwrite the newer attempt.
    await this.updater()
      .set(changes)
      .where('id = :id AND status = :sending AND attempts = :attempts', {
        id: message.id,
        sending: OutboxStatus.Sending,
        attempts: message.attempts,
      })
      .execute();
  }

  private updater() {
    return this.context.manager().createQueryBuilder().update(OutboxMessageEntity);
  }

  private query() {
    return this.context
      .manager()
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .leftJoin('m.workspace', 'w')
      .select([
        'm.id AS id',
        'm.channel AS channel',
        'm.template AS template',
        'm.recipient AS recipient',
        'm.status AS status',
        'm.attempts AS attempts',
        'm.next_attempt_at AS "nextAttemptAt"',
        'm.last_error AS "lastError"',
        'm.created_at AS "createdAt"',
        'w.slug AS "workspaceSlug"',
      ]);
  }
}
