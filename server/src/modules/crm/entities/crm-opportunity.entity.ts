import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { CrmOpportunityStage } from '@guichet/contracts';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { CrmCompanyEntity } from './crm-company.entity';
import { CrmContactEntity } from './crm-contact.entity';
import { CrmLeadEntity } from './crm-lead.entity';

/**
 * A sales opportunity with a company, contact or lead.
 * It hangs off exactly one company, contact or lead and goes with it.
 */
@Entity('crm_opportunity')
@Index('IDX_crm_opportunity_company', ['companyId'])
@Index('IDX_crm_opportunity_contact', ['contactId'])
@Index('IDX_crm_opportunity_lead', ['leadId'])
@Check('CHK_crm_opportunity_owner', `num_nonnulls("company_id", "contact_id", "lead_id") = 1`)
@Check('CHK_crm_opportunity_stage', `"stage" IN ('open', 'won', 'lost')`)
export class CrmOpportunityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_opportunity' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_opportunity_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmCompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'FK_crm_opportunity_company' })
  company?: CrmCompanyEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_crm_opportunity_contact' })
  contact?: CrmContactEntity;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmLeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'FK_crm_opportunity_lead' })
  lead?: CrmLeadEntity;

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
