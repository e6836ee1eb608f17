import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { type Language, Role } from '@guichet/contracts';
import type {
  Account,
  AccountCredentials,
  PasswordChange,
  PasswordCheck,
  PasswordStanding,
  StoredPasswordChangeReason,
} from './account';
import { passwordCheckOf } from './password-check-columns';
import {
  type AccountRow,
  accountByIdentifierSql,
  accountIdentifier,
  toAccount,
} from './account-row';
import type { NamedAccount } from './account-list-entry';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import type { NewAccount, TakenIdentifiers } from './new-account';

/** Rows per INSERT: keeps each statement well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 500;

// Prepared, raw statements: every sign-in runs one, and the query builder and entity hydration
// cost more CPU than the statement itself.
const ACCOUNT_BY_ACCESS_CODE = {
  name: 'account-by-access-code',
  text: accountByIdentifierSql({ byEmail: false, workspaceId: '$1', identifier: '$2' }),
};
const ACCOUNT_BY_EMAIL = {
  name: 'account-by-email',
  text: accountByIdentifierSql({ byEmail: true, workspaceId: '$1', identifier: '$2' }),
};

@Injectable()
export class TypeOrmAccountRepository extends AccountRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async findByIdentifier(
    workspaceId: string,
    identifier: string,
  ): Promise<AccountCredentials | null> {
    const { byEmail, value } = accountIdentifier(identifier);
    const [row] = await this.context.rows<AccountRow>(
      byEmail ? ACCOUNT_BY_EMAIL : ACCOUNT_BY_ACCESS_CODE,
      [workspaceId, value],
    );
    return row ? toAccount(row) : null;
  }

  async findById(workspaceId: string, id: string): Promise<Account | null> {
    const found = await this.findCredentialsById(workspaceId, id);
    if (!found) return null;
    const { passwordHash: _hash, ...account } = found;
    return account;
  }

  async findCredentialsById(workspaceId: string, id: string): Promise<AccountCredentials | null> {
    const found = await this.accounts().findOneBy({ workspaceId, id });
    return found && toAccount(found);
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.accounts().update({ id }, { passwordHash });
  }

  async setPassword(change: PasswordChange): Promise<string | null> {
    const { check } = change;
    // The row is locked first so that the hash handed back is the one this update replaced.
    const rows = (await this.context.manager().query(
      `WITH previous AS (SELECT id, password_hash FROM account WHERE id = $1 FOR UPDATE)
       UPDATE account a
          SET password_hash = $2, password_kind = $3, password_set_at = now(), updated_at = now(),
              password_expires_at = $4, password_change_reason = NULL,
              password_policy_version = $5, password_meets_policy = $6,
              password_unmet_rules = $7::jsonb, password_score = $8, password_entropy_bits = $9,
              password_check_key = $12,
              terms_accepted_at = coalesce($10, a.terms_accepted_at),
              email = CASE WHEN $11::varchar IS NULL
                             OR EXISTS (SELECT 1 FROM account o
                                         WHERE o.workspace_id = a.workspace_id AND o.email = $11
                                           AND o.id <> a.id)
                           THEN a.email ELSE $11 END
         FROM previous
        WHERE a.id = previous.id
        RETURNING previous.password_hash AS "previousHash"`,
      [
        change.accountId,
        change.passwordHash,
        change.kind,
        change.expiresAt ?? null,
        check.policyVersion,
        check.meetsPolicy,
        JSON.stringify(check.unmetRules),
        check.score,
        check.entropyBits,
        change.termsAcceptedAt ?? null,
        change.email?.toLowerCase() ?? null,
        check.key,
      ],
    )) as [{ previousHash: string | null }[], number];
    return rows[0][0]?.previousHash ?? null;
  }

  async recordPasswordCheck(
    id: string,
    check: PasswordCheck,
    changeReason: StoredPasswordChangeReason | null,
  ): Promise<void> {
    await this.context.manager().query(
      `UPDATE account
          SET password_policy_version = $2, password_meets_policy = $3,
              password_unmet_rules = $4::jsonb, password_score = $5, password_entropy_bits = $6,
              password_change_reason = coalesce(password_change_reason, $7), password_check_key = $8
        WHERE id = $1`,
      [
        id,
        check.policyVersion,
        check.meetsPolicy,
        JSON.stringify(check.unmetRules),
        check.score,
        check.entropyBits,
        changeReason,
        check.key,
      ],
    );
  }

  async requirePasswordChange(
    workspaceId: string,
    ids: string[],
    reason: StoredPasswordChangeReason,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const [rows] = (await this.context.manager().query(
      `UPDATE account SET password_change_reason = $3, updated_at = now()
        WHERE workspace_id = $1 AND id = ANY($2::uuid[]) AND password_hash IS NOT NULL
        RETURNING id`,
      [workspaceId, ids, reason],
    )) as [{ id: string }[], number];
    return rows.map((row) => row.id);
  }

  async findPasswordStandings(workspaceId: string): Promise<PasswordStanding[]> {
    const rows = await this.accounts().find({
      where: { workspaceId, passwordHash: Not(IsNull()) },
      order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id,
      accessCode: row.accessCode,
      role: row.role,
      civility: row.civility,
      firstName: row.firstName,
      lastName: row.lastName,
      passwordKind: row.passwordKind,
      passwordSetAt: row.passwordSetAt,
      passwordCheck: passwordCheckOf(row),
      passwordChangeReason: row.passwordChangeReason,
    }));
  }

  async setMobile(id: string, mobile: string): Promise<void> {
    await this.accounts().update({ id }, { mobile });
  }

  async setLanguage(id: string, language: Language): Promise<void> {
    await this.accounts().update({ id }, { language });
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
