import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import type { Account, AccountCredentials } from './account';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';

const toAccount = ({ passwordHash, lockedAt, ...row }: AccountEntity): AccountCredentials => ({
  id: row.id,
  workspaceId: row.workspaceId,
  accessCode: row.accessCode,
  role: row.role,
  civility: row.civility,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  mobile: row.mobile,
  passwordKind: row.passwordKind,
  passwordSetAt: row.passwordSetAt,
  locked: lockedAt !== null,
  passwordHash,
});

@Injectable()
export class TypeOrmAccountRepository extends AccountRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async findByIdentifier(
    workspaceId: string,
    identifier: string,
  ): Promise<AccountCredentials | null> {
    const where = identifier.includes('@')
      ? { workspaceId, email: identifier.toLowerCase() }
      : { workspaceId, accessCode: identifier };
    const found = await this.accounts().findOneBy(where);
    return found && toAccount(found);
  }

  async findById(workspaceId: string, id: string): Promise<Account | null> {
    const found = await this.accounts().findOneBy({ workspaceId, id });
    if (!found) return null;
    const { passwordHash: _hash, ...account } = toAccount(found);
    return account;
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.accounts().update({ id }, { passwordHash });
  }

  private accounts() {
    return this.context.manager().getRepository(AccountEntity);
  }
}
