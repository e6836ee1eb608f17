import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { AccountSecondFactorEntity } from '../entities/account-second-factor.entity';
import { RecoveryCodeEntity } from '../entities/recovery-code.entity';
import {
  type SecondFactorStateRow,
  secondFactorStateColumns,
  secondFactorStateOf,
} from './second-factor-state-sql';
import { SecondFactorRepository, type SecondFactorState } from './second-factor.repository';

/** Prepared and raw: asked at each check of a code, and most accounts have no row at all. */
const SECOND_FACTOR_STATE = {
  name: 'second-factor-state',
  text: `SELECT ${secondFactorStateColumns('f')} FROM account_second_factor f WHERE account_id = $1`,
};

@Injectable()
export class TypeOrmSecondFactorRepository extends SecondFactorRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async find(accountId: string): Promise<SecondFactorState | null> {
    const [row] = await this.context.rows<SecondFactorStateRow>(SECOND_FACTOR_STATE, [accountId]);
    return row ? secondFactorStateOf(row) : null;
  }

  async saveTotpSecret(accountId: string, sealedSecret: Buffer): Promise<void> {
    await this.factors().upsert(
      { accountId, totpSecret: sealedSecret, totpEnabledAt: null, totpLastStep: null },
      ['accountId'],
    );
  }

  async enableTotp(accountId: string, step: number): Promise<void> {
    await this.factors().update(
      { accountId },
      { totpEnabledAt: new Date(), totpLastStep: String(step) },
    );
  }

  async advanceTotpStep(accountId: string, step: number): Promise<boolean> {
    const result = (await this.context.manager().query(
      `UPDATE account_second_factor SET totp_last_step = $2
        WHERE account_id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [accountId, step],
    )) as [unknown, number];
    return result[1] > 0;
  }

  async enableSms(accountId: string): Promise<void> {
    await this.factors().upsert({ accountId, smsEnabledAt: new Date() }, ['accountId']);
  }

  async disableAll(accountId: string): Promise<void> {
    await this.factors().delete({ accountId });
    await this.codes().delete({ accountId });
  }

  async replaceRecoveryCodes(accountId: string, codeHashes: Buffer[]): Promise<void> {
    await this.codes().delete({ accountId });
    await this.codes().insert(codeHashes.map((codeHash) => ({ accountId, codeHash })));
  }

  countUnusedRecoveryCodes(accountId: string): Promise<number> {
    return this.codes().countBy({ accountId, usedAt: IsNull() });
  }

  async useRecoveryCode(accountId: string, codeHash: Buffer): Promise<boolean> {
    const result = await this.codes()
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('account_id = :accountId AND code_hash = :codeHash AND used_at IS NULL', {
        accountId,
        codeHash,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private factors() {
    return this.context.manager().getRepository(AccountSecondFactorEntity);
  }

  private codes() {
    return this.context.manager().getRepository(RecoveryCodeEntity);
  }
}
