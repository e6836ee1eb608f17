import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { PasswordKind, Role } from '@guichet/contracts';
import type { Account, AccountCredentials, PasswordChange } from './account';
import type { NamedAccount } from './account-list-entry';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import type { NewAccount, TakenIdentifiers } from './new-account';

/** Rows per INSERT: keeps each statement well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 500;

const toAccount = ({
  passwordHash,
  lockedAt,
  mobileVerifiedAt,
  ...row
}: AccountEntity): AccountCredentials => ({
  id: row.id,
  workspaceId: row.workspaceId,
  accessCode: row.accessCode,
  role: row.role,
  civility: row.civility,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  mobile: row.mobile,
  mobileVerified: mobileVerifiedAt !== null,
  passwordKind: row.passwordKind,
  passwordSetAt: row.passwordSetAt,
  locked: lockedAt !== null,
  language: row.language,
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

  async setChosenPassword(change: PasswordChange): Promise<void> {
    await this.context.manager().query(
      `UPDATE account a
          SET password_hash = $2, password_kind = $3, password_set_at = now(), updated_at = now(),
              terms_accepted_at = coalesce($5, a.terms_accepted_at),
              email = CASE WHEN EXISTS (SELECT 1 FROM account o
                                         WHERE o.workspace_id = a.workspace_id AND o.email = $4
                                           AND o.id <> a.id)
                           THEN a.email ELSE $4 END
        WHERE a.id = $1`,
      [
        change.accountId,
        change.passwordHash,
        PasswordKind.Personal,
        change.email.toLowerCase(),
        change.termsAcceptedAt,
      ],
    );
  }

  async setMobile(id: string, mobile: string): Promise<void> {
    await this.accounts().update({ id }, { mobile });
  }

  async setLocked(workspaceId: string, id: string, locked: boolean): Promise<boolean> {
    const result = await this.accounts()
      .createQueryBuilder()
      .update()
      .set({ lockedAt: () => (locked ? 'COALESCE("locked_at", now())' : 'NULL') })
      .where('id = :id AND workspace_id = :workspaceId', { id, workspaceId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async replaceMobile(workspaceId: string, id: string, mobile: string): Promise<boolean> {
    const result = await this.accounts().update(
      { workspaceId, id },
      { mobile, mobileVerifiedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  async markMobileVerified(workspaceId: string, id: string, mobile: string): Promise<boolean> {
    const result = await this.accounts()
      .createQueryBuilder()
      .update()
      .set({ mobileVerifiedAt: () => 'COALESCE("mobile_verified_at", now())' })
      .where('id = :id AND workspace_id = :workspaceId AND mobile = :mobile', {
        id,
        workspaceId,
        mobile,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async findNames(workspaceId: string, ids: string[]): Promise<NamedAccount[]> {
    if (ids.length === 0) return [];
    return this.accounts().find({
      select: { id: true, firstName: true, lastName: true },
      where: { workspaceId, id: In(ids) },
    });
  }

  async findTaken(
    workspaceId: string,
    accessCodes: string[],
    emails: string[],
  ): Promise<TakenIdentifiers> {
    const rows = (await this.context.manager().query(
      `SELECT access_code AS "accessCode", email FROM account
        WHERE workspace_id = $1 AND (access_code = ANY($2) OR email = ANY($3))`,
      [workspaceId, accessCodes, emails],
    )) as { accessCode: string; email: string | null }[];
    const wanted = { accessCodes: new Set(accessCodes), emails: new Set(emails) };
    const taken: TakenIdentifiers = { accessCodes: new Set(), emails: new Set() };
    for (const row of rows) {
      if (wanted.accessCodes.has(row.accessCode)) taken.accessCodes.add(row.accessCode);
      if (row.email && wanted.emails.has(row.email)) taken.emails.add(row.email);
    }
    return taken;
  }

  async setAccountManager(
    workspaceId: string,
    id: string,
    accountManagerId: string | null,
  ): Promise<boolean> {
    const result = await this.accounts().update({ workspaceId, id }, { accountManagerId });
    return (result.affected ?? 0) > 0;
  }

  async findClientsWithoutManager(workspaceId: string, limit: number): Promise<NamedAccount[]> {
    return (await this.context.manager().query(
      `SELECT id, first_name AS "firstName", last_name AS "lastName" FROM account
        WHERE workspace_id = $1 AND role = $2 AND account_manager_id IS NULL
        ORDER BY lower(unaccent(last_name)), lower(unaccent(coalesce(first_name, ''))), id
        LIMIT $3`,
      [workspaceId, Role.Client, limit],
    )) as NamedAccount[];
  }

  async insertMany(accounts: NewAccount[]): Promise<string[]> {
    const ids: string[] = [];
    const now = new Date();
    for (let start = 0; start < accounts.length; start += INSERT_CHUNK) {
      const rows = accounts.slice(start, start + INSERT_CHUNK).map((account) => ({
        ...account,
        passwordSetAt: account.passwordHash ? now : null,
      }));
      const result = await this.accounts().insert(rows);
      ids.push(...result.identifiers.map((identifier) => String(identifier.id)));
    }
    return ids;
  }

  private accounts() {
    return this.context.manager().getRepository(AccountEntity);
  }
}
