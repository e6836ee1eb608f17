import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { AccountEntity } from '../accounts/entities/account.entity';
import { SessionEntity } from './entities/session.entity';
import { type NewSession, SessionRepository, type StoredSession } from './session.repository';

@Injectable()
export class TypeOrmSessionRepository extends SessionRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async add(session: NewSession): Promise<string> {
    // insert, not save: save would wrap the one INSERT in its own transaction (two more round trips).
    const result = await this.sessions().insert(session);
    // A new session is the account's activity: retention counts inactivity from it (GDPR-5).
    await this.context
      .manager()
      .getRepository(AccountEntity)
      .update({ id: session.accountId }, { lastActiveAt: session.lastSeenAt });
    return (result.identifiers[0] as { id: string }).id;
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
