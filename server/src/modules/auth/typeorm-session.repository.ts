import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import type { NewAuditEvent } from '../audit/audit-event';
import { auditEventInsert, auditEventValues } from '../audit/audit-event-insert';
import { SessionEntity } from './entities/session.entity';
import { type NewSession, SessionRepository, type StoredSession } from './session.repository';

const SESSION_INSERT = `INSERT INTO session (token_hash, account_id, workspace_id, private_computer,
                                          last_seen_at, idle_expires_at, absolute_expires_at,
                                          second_factor_pending, password_change_pending)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`;

/**
 * A new session is the account's activity: retention counts inactivity (months) from it (GDPR-5).
 * Written at most once an hour: `last_active_at` is indexed, so each write is a new row version
 * with an entry in every index of the account, and most sign-ins would change nothing retention
 * can tell.
 */
const ACCOUNT_ACTIVE = `UPDATE account SET last_active_at = $5
                        WHERE id = $2
                          AND (last_active_at IS NULL OR last_active_at < $5 - interval '1 hour')`;

/**
 * Prepared and raw: every sign-in opens a session, and the query builder's INSERT costs more CPU
 * than the statement (the id and created_at come from the column defaults, as with the entity).
 */
const INSERT_SESSION = {
  name: 'insert-session',
  text: `WITH opened AS (${SESSION_INSERT}), active AS (${ACCOUNT_ACTIVE}) SELECT id FROM opened`,
};

/** The same, with the audit event of the sign-in: one round trip and one commit for every row. */
const INSERT_SESSION_WITH_EVENT = {
  name: 'insert-session-with-event',
  text: `WITH opened AS (${SESSION_INSERT}), active AS (${ACCOUNT_ACTIVE}),
              event AS (${auditEventInsert(10)})
         SELECT id FROM opened`,
};

@Injectable()
export class TypeOrmSessionRepository extends SessionRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async add(session: NewSession, event?: NewAuditEvent): Promise<string> {
    const values = [
      session.tokenHash,
      session.accountId,
      session.workspaceId,
      session.privateComputer,
      session.lastSeenAt,
      session.idleExpiresAt,
      session.absoluteExpiresAt,
      session.secondFactorPending,
      session.passwordChangePending,
    ];
    const [row] = event
      ? await this.context.rows<{ id: string }>(INSERT_SESSION_WITH_EVENT, [
          ...values,
          ...auditEventValues(event),
        ])
      : await this.context.rows<{ id: string }>(INSERT_SESSION, values);
    return row!.id;
  }

  async findByTokenHash(tokenHash: Buffer): Promise<StoredSession | null> {
    const found = await this.sessions().findOne({
      where: { tokenHash },
      relations: { account: true },
    });
    if (!found?.account) return null;
    const { account, workspace: _workspace, createdAt: _createdAt, ...session } = found;
    return { ...session, role: account.role, accountLocked: account.lockedAt !== null };
  }

  async touch(id: string, lastSeenAt: Date, idleExpiresAt: Date | null): Promise<void> {
    await this.sessions().update({ id }, { lastSeenAt, idleExpiresAt });
  }

  async remove(id: string): Promise<void> {
    await this.sessions().delete({ id });
  }

  async removeAllOf(accountId: string): Promise<void> {
    await this.sessions().delete({ accountId });
  }

  private sessions() {
    return this.context.manager().getRepository(SessionEntity);
  }
}
