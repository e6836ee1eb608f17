import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ErasedWith } from '../../../core/privacy/personal-data';
import { AccountEntity } from '../../accounts/entities/account.entity';

/** A user's own CRM preferences (GDPR-1: default of the marketing opt-out filter). */
@Entity('crm_preference')
export class CrmPreferenceEntity {
  @PrimaryColumn({
    name: 'account_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_crm_preference',
  })
  accountId!: string;

  @ErasedWith('delete')
  @OneToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_crm_preference_account' })
  account?: AccountEntity;

  @Column({ name: 'exclude_marketing_opt_out', type: 'boolean', default: false })
  excludeMarketingOptOut!: boolean;
}
