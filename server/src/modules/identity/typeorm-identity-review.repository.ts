import { Injectable } from '@nestjs/common';
import type { Civility, IdentityReviewState } from '@guichet/contracts';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { IdentityReviewEntity } from './entities/identity-review.entity';
import type {
  IdentityReviewEntry,
  IdentityReviewQuery,
  NewIdentityReview,
} from './identity-review';
import { IdentityReviewRepository } from './identity-review.repository';

interface Row extends Omit<IdentityReviewEntry, 'account' | 'decidedBy'> {
  accessCode: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  email: string | null;
  mobile: string | null;
  deciderFirstName: string | null;
  deciderLastName: string | null;
  deciderId: string | null;
}

const SELECT = `
  SELECT r.id, r.workspace_id AS "workspaceId", r.account_id AS "accountId",
         r.email_given AS "emailGiven", r.mobile_given AS "mobileGiven", r.reason, r.state,
         r.created_at AS "createdAt",
         to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "exactCreatedAt",
         r.decided_at AS "decidedAt", d.id AS "deciderId", d.first_name AS "deciderFirstName",
         d.last_name AS "deciderLastName",
         a.access_code AS "accessCode", a.civility, a.first_name AS "firstName",
         a.last_name AS "lastName", a.email, a.mobile
    FROM identity_review r
    JOIN account a ON a.id = r.account_id
    LEFT JOIN account d ON d.id = r.decided_by`;

const toEntry = (row: Row): IdentityReviewEntry => ({
  id: row.id,
  workspaceId: row.workspaceId,
  accountId: row.accountId,
  emailGiven: row.emailGiven,
  mobileGiven: row.mobileGiven,
  reason: row.reason,
  state: row.state,
  createdAt: row.createdAt,
  exactCreatedAt: row.exactCreatedAt,
  decidedAt: row.decidedAt,
  decidedBy: row.deciderId
    ? { id: row.deciderId, firstName: row.deciderFirstName, lastName: row.deciderLastName ?? '' }
    : null,
  account: {
    accessCode: row.accessCode,
    civility: row.civility,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    mobile: row.mobile,
  },
});

@Injectable()
export class TypeOrmIdentityReviewRepository extends IdentityReviewRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async add(review: NewIdentityReview): Promise<string> {
    const result = await this.context.manager().getRepository(IdentityReviewEntity).insert(review);
    return String(result.identifiers[0]!.id);
  }

  async page(query: IdentityReviewQuery): Promise<IdentityReviewEntry[]> {
    const params: unknown[] = [query.workspaceId, query.state, query.limit + 1];
    let before = '';
    if (query.before) {
      params.push(query.before.createdAt, query.before.id);
      before = 'AND (r.created_at, r.id) < ($4::timestamptz, $5::uuid)';
    }
    const rows = (await this.context.manager().query(
      `${SELECT} WHERE r.workspace_id = $1 AND r.state = $2 ${before}
        ORDER BY r.created_at DESC, r.id DESC LIMIT $3`,
      params,
    )) as Row[];
    return rows.map(toEntry);
  }

  async find(workspaceId: string, id: string): Promise<IdentityReviewEntry | null> {
    const [row] = (await this.context
      .manager()
      .query(`${SELECT} WHERE r.workspace_id = $1 AND r.id = $2`, [workspaceId, id])) as Row[];
    return row ? toEntry(row) : null;
  }

  async decide(
    workspaceId: string,
    id: string,
    state: Exclude<IdentityReviewState, 'pending'>,
    deciderId: string,
  ): Promise<boolean> {
    const result = (await this.context.manager().query(
      `UPDATE identity_review SET state = $3, decided_at = now(), decided_by = $4
        WHERE workspace_id = $1 AND id = $2 AND state = 'pending'`,
      [workspaceId, id, state, deciderId],
    )) as [unknown, number];
    return result[1] > 0;
  }
}
