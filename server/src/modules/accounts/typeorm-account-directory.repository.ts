import { Injectable } from '@nestjs/common';
import {
  AccountState,
  type Civility,
  type Language,
  PasswordKind,
  type Role,
} from '@guichet/contracts';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import type { StoredPasswordChangeReason } from './account';
import type { AccountListEntry } from './account-list-entry';
import { AccountDirectoryRepository } from './account-directory.repository';
import type { AccountSearch, AccountSearchPage } from './account-search';
import { passwordCheckOf } from './password-check-columns';

/** The state of `a`, first match wins, as `AccountState` documents it. */
const STATE = `CASE
    WHEN a.locked_at IS NOT NULL THEN '${AccountState.Locked}'
    WHEN a.password_hash IS NULL THEN '${AccountState.NoPassword}'
    WHEN a.password_kind = '${PasswordKind.Legacy}' THEN '${AccountState.Legacy}'
    WHEN a.password_kind = '${PasswordKind.Temporary}' THEN '${AccountState.Temporary}'
    ELSE '${AccountState.Active}' END`;

/**
 * The sort: last name, first name, id. Accents are taken off first, so that "Élise" sorts with
 * "Elise" whatever the database's collation (the embedded one uses C).
 */
const SORT_KEYS = [
  `lower(unaccent(a.last_name))`,
  `lower(unaccent(coalesce(a.first_name, '')))`,
  `a.id`,
] as const;

/** Fields a search word may match; `unaccent` on both sides makes "elise" find "Élise". */
const SEARCHED = [
  'a.last_name',
  `coalesce(a.first_name, '')`,
  'a.access_code',
  `coalesce(a.email, '')`,
];

interface Row {
  id: string;
  workspaceId: string;
  accessCode: string;
  role: Role;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  email: string | null;
  mobile: string | null;
  mobileVerified: boolean;
  passwordKind: PasswordKind | null;
  passwordSetAt: Date | null;
  passwordExpiresAt: Date | null;
  passwordChangeReason: StoredPasswordChangeReason | null;
  passwordPolicyVersion: number | null;
  passwordMeetsPolicy: boolean | null;
  passwordUnmetRules: string[] | null;
  passwordScore: number | null;
  passwordEntropyBits: number | null;
  language: Language;
  state: AccountState;
  createdAt: Date;
  managerId: string | null;
  managerFirstName: string | null;
  managerLastName: string | null;
}

const SELECT = `
  SELECT a.id, a.workspace_id AS "workspaceId", a.access_code AS "accessCode", a.role,
         a.civility, a.first_name AS "firstName", a.last_name AS "lastName", a.email, a.mobile,
         a.mobile_verified_at IS NOT NULL AS "mobileVerified",
         a.password_kind AS "passwordKind", a.password_set_at AS "passwordSetAt",
         a.password_expires_at AS "passwordExpiresAt",
         a.password_change_reason AS "passwordChangeReason",
         a.password_policy_version AS "passwordPolicyVersion",
         a.password_meets_policy AS "passwordMeetsPolicy",
         a.password_unmet_rules AS "passwordUnmetRules", a.password_score AS "passwordScore",
         a.password_entropy_bits AS "passwordEntropyBits",
         a.language,
         ${STATE} AS state, a.created_at AS "createdAt",
         m.id AS "managerId", m.first_name AS "managerFirstName", m.last_name AS "managerLastName"
    FROM account a
    LEFT JOIN account m ON m.id = a.account_manager_id AND m.workspace_id = a.workspace_id`;

/** `%word%` for LIKE, with the word's own `%`, `_` and `\` matched literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const toEntry = ({
  managerId,
  managerFirstName,
  managerLastName,
  passwordPolicyVersion,
  passwordMeetsPolicy,
  passwordUnmetRules,
  passwordScore,
  passwordEntropyBits,
  ...row
}: Row): AccountListEntry => ({
  ...row,
  passwordCheck: passwordCheckOf({
    passwordPolicyVersion,
    passwordMeetsPolicy,
    passwordUnmetRules,
    passwordScore,
    passwordEntropyBits,
  }),
  locked: row.state === AccountState.Locked,
  accountManager: managerId
    ? { id: managerId, firstName: managerFirstName, lastName: managerLastName ?? '' }
    : null,
});

@Injectable()
export class TypeOrmAccountDirectoryRepository extends AccountDirectoryRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async search(search: AccountSearch): Promise<AccountSearchPage | null> {
    const params: unknown[] = [search.workspaceId];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = ['a.workspace_id = $1'];
    for (const word of search.words) {
      const pattern = bind(containsPattern(word));
      where.push(
        `(${SEARCHED.map((field) => `unaccent(${field}) ILIKE unaccent(${pattern})`).join(' OR ')})`,
      );
    }
    if (search.role) where.push(`a.role = ${bind(search.role)}`);
    if (search.state) where.push(`${STATE} = ${bind(search.state)}`);
    if (search.after) {
      const [position] = (await this.context.manager().query(
        `SELECT ${SORT_KEYS.map((key, i) => `${key} AS k${i}`).join(', ')}
           FROM account a WHERE a.workspace_id = $1 AND a.id = $2`,
        [search.workspaceId, search.after],
      )) as Record<string, string>[];
      if (!position) return null;
      const [lastName, firstName, id] = [position.k0, position.k1, position.k2];
      where.push(
        `(${SORT_KEYS.join(', ')}) > (${bind(lastName)}::text, ${bind(firstName)}::text, ${bind(id)}::uuid)`,
      );
    }
    // One row more than asked tells whether another page follows.
    const rows = (await this.context.manager().query(
      `${SELECT} WHERE ${where.join(' AND ')}
        ORDER BY ${SORT_KEYS.join(', ')} LIMIT ${bind(search.limit + 1)}`,
      params,
    )) as Row[];
    const entries = rows.slice(0, search.limit).map(toEntry);
    const last = entries[entries.length - 1];
    return { entries, next: rows.length > search.limit && last ? last.id : null };
  }

  async findEntry(workspaceId: string, id: string): Promise<AccountListEntry | null> {
    const [row] = (await this.context
      .manager()
      .query(`${SELECT} WHERE a.workspace_id = $1 AND a.id = $2`, [workspaceId, id])) as Row[];
    return row ? toEntry(row) : null;
  }
}
