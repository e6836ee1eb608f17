import { Check, Column, CreateDateColumn, Entity } from 'typeorm';
import type { CrmOpportunityStage } from '@guichet/contracts';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { CrmOwnedRow, OwnedByCrmRecord } from './crm-owned-row.entity';

/** A sales opportunity with a company, contact or lead. */
@Entity('crm_opportunity')
@OwnedByCrmRecord('crm_opportunity')
@Check('CHK_crm_opportunity_stage', `"stage" IN ('open', 'won', 'lost')`)
export class CrmOpportunityEntity extends CrmOwnedRow {
  @PersonalData({ category: 'commercial', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @NotPersonal('open, won or lost')
  @Column({ type: 'varchar', length: 16, default: 'open' })
  stage!: CrmOpportunityStage;

  /** Euro cents; bigint comes back as a string. */
  @Column({ name: 'amount_cents', type: 'bigint', nullable: true })
  amountCents!: string | null;

  @Column({ name: 'expected_close_on', type: 'date', nullable: true })
  expectedCloseOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
