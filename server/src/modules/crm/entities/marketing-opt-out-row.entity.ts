import { Check, Column, JoinColumn, ManyToOne } from 'typeorm';
import type { MarketingOptOutSource } from '@guichet/contracts';
import { ErasedWith, NotPersonal } from '../../../core/privacy/personal-data';
import { AccountEntity } from '../../accounts/entities/account.entity';

/** The opt-out fields of a company, contact or lead (GDPR-1). */
export abstract class MarketingOptOutRow {
  marketingOptOut!: boolean;
  marketingOptOutSource!: MarketingOptOutSource | null;
  marketingOptOutAt!: Date | null;
  marketingOptOutBy!: string | null;
  marketingOptOutAccount?: AccountEntity;
}

/**
 * Maps {@link MarketingOptOutRow}'s fields on the entity of `table`: the flag, where it came from,
 * when and by whom (detached when that user's account is erased).
 */
export function WithMarketingOptOut(table: string): ClassDecorator {
  return (target) => {
    const row = target.prototype as object;
    Column({ name: 'marketing_opt_out', type: 'boolean', default: false })(row, 'marketingOptOut');
    NotPersonal('where the opt-out came from: self, company, import or erp')(
      row,
      'marketingOptOutSource',
    );
    Column({ name: 'marketing_opt_out_source', type: 'varchar', length: 16, nullable: true })(
      row,
      'marketingOptOutSource',
    );
    Column({ name: 'marketing_opt_out_at', type: 'timestamptz', nullable: true })(
      row,
      'marketingOptOutAt',
    );
    Column({ name: 'marketing_opt_out_by', type: 'uuid', nullable: true })(
      row,
      'marketingOptOutBy',
    );
    ErasedWith('detach')(row, 'marketingOptOutAccount');
    ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })(row, 'marketingOptOutAccount');
    JoinColumn({
      name: 'marketing_opt_out_by',
      foreignKeyConstraintName: `FK_${table}_opt_out_by`,
    })(row, 'marketingOptOutAccount');
    Check(
      `CHK_${table}_opt_out_source`,
      `"marketing_opt_out_source" IN ('self', 'company', 'import', 'erp')`,
    )(target);
  };
}
