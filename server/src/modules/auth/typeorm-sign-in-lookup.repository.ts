import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../../core/database/prepared-statement';
import {
  type AccountRow,
  accountByIdentifierSql,
  accountIdentifier,
  toAccount,
} from '../accounts/account-row';
import {
  CAPTCHA_CLAIM_COLUMNS,
  type CaptchaClaimRow,
  captchaClaimCtes,
  claimOf,
} from '../captcha/captcha-claim-sql';
import {
  type SecondFactorStateRow,
  secondFactorStateColumns,
  secondFactorStateOf,
} from './second-factor/second-factor-state-sql';
import {
  type SignInLookup,
  type SignInLookupQuery,
  SignInLookupRepository,
} from './sign-in-lookup.repository';
import {
  NOT_THROTTLED,
  THROTTLE_STATUS_COLUMNS,
  type ThrottleStatusRow,
  throttleCte,
  throttleStatusOf,
} from './sign-in-throttle-sql';

/**
 * One prepared statement per kind of identifier. The CAPTCHA is claimed only when no key is
 * blocked, as when the throttle was asked first; the account is read whatever the outcome (the
 * caller ignores it when the attempt stops there). Found and not found return one row.
 */
const lookupStatement = (byEmail: boolean) => ({
  name: byEmail ? 'sign-in-lookup-by-email' : 'sign-in-lookup-by-access-code',
  text: `WITH ${throttleCte('$1')},
              ${captchaClaimCtes('$2', '$3', NOT_THROTTLED)},
              found AS (${accountByIdentifierSql({ byEmail, workspaceId: '$4', identifier: '$5' })})
         SELECT ${THROTTLE_STATUS_COLUMNS}, ${CAPTCHA_CLAIM_COLUMNS},
                found.*, ${secondFactorStateColumns('f')}
           FROM (VALUES (1)) AS one
           LEFT JOIN found ON true
           LEFT JOIN account_second_factor f ON f.account_id = found.id`,
});
const BY_EMAIL = lookupStatement(true);
const BY_ACCESS_CODE = lookupStatement(false);

type LookupRow = ThrottleStatusRow &
  CaptchaClaimRow &
  SecondFactorStateRow &
  (AccountRow | { [K in keyof AccountRow]: null });

/**
 * Straight on the data source, outside any transaction, like the CAPTCHA repository: a claimed
 * solution must stay claimed whatever happens to the sign-in.
 */
@Injectable()
export class TypeOrmSignInLookupRepository extends SignInLookupRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async lookup(query: SignInLookupQuery): Promise<SignInLookup> {
    const { byEmail, value } = accountIdentifier(query.identifier);
    const [row] = await queryPrepared<LookupRow>(
      this.dataSource,
      byEmail ? BY_EMAIL : BY_ACCESS_CODE,
      [
        query.throttleKeys,
        query.captcha.signature,
        query.captcha.expiresAt,
        query.workspaceId,
        value,
      ],
    );
    const account = row?.id ? toAccount(row as AccountRow) : null;
    return {
      throttle: throttleStatusOf(row),
      claim: claimOf(row),
      account,
      secondFactor: account && row ? secondFactorStateOf(row) : null,
    };
  }
}
