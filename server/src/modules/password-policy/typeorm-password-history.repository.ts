import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { PasswordHistoryEntity } from './entities/password-history.entity';
import { PasswordHistoryRepository } from './password-history.repository';

@Injectable()
export class TypeOrmPasswordHistoryRepository extends PasswordHistoryRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async recent(accountId: string, limit: number): Promise<string[]> {
    if (limit <= 0) return [];
    const rows = await this.history().find({
      select: { passwordHash: true },
      where: { accountId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return rows.map((row) => row.passwordHash);
  }

  async push(accountId: string, passwordHash: string, keep: number): Promise<void> {
    await this.history().insert({ accountId, passwordHash });
    await this.context.manager().query(
      `DELETE FROM password_history WHERE account_id = $1 AND id NOT IN (
         SELECT id FROM password_history WHERE account_id = $1
          ORDER BY created_at DESC, id DESC LIMIT $2)`,
      [accountId, keep],
    );
  }

  private history() {
    return this.context.manager().getRepository(PasswordHistoryEntity);
  }
}
