import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Civility, MarketingOptOutSource } from '@guichet/contracts';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { CrmCompanyEntity } from './crm-company.entity';

/**
 * A person of the CRM, usually working for a company. A company's opt-out is copied onto its
 * contacts with source `company`, so that lifting it can tell them from the contacts' own.
 */
@Entity('crm_contact')
@Index('IDX_crm_contact_workspace_name', ['workspaceId', 'lastName', 'firstName'])
@Index('IDX_crm_contact_company', ['companyId'])
@Check(
  'CHK_crm_contact_opt_out_source',
  `"marketing_opt_out_source" IN ('self', 'company', 'import', 'erp')`,
)
export class CrmContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_contact' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_contact_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  /** Erasing a company leaves its people, who have rights of their own, without a company. */
  @ErasedWith('detach')
  @ManyToOne(() => CrmCompanyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'FK_crm_contact_company' })
  company?: CrmCompanyEntity;

  @PersonalData({ category: 'identity', erase: 'null', mask: 'drop' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  civility!: Civility | null;

  @PersonalData({ category: 'identity', erase: 'null', mask: 'name' })
  @Column({ name: 'first_name', type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @PersonalData({ category: 'identity', erase: { value: '' }, mask: 'name' })
  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @PersonalData({ category: 'commercial', erase: 'null', mask: 'drop' })
  @Column({ name: 'job_title', type: 'varchar', length: 100, nullable: true })
  jobTitle!: string | null;

  @Column({ name: 'marketing_opt_out', type: 'boolean', default: false })
  marketingOptOut!: boolean;

  @NotPersonal('where the opt-out came from: self, company, import or erp')
  @Column({ name: 'marketing_opt_out_source', type: 'varchar', length: 16, nullable: true })
  marketingOptOutSource!: MarketingOptOutSource | null;

  @Column({ name: 'marketing_opt_out_at', type: 'timestamptz', nullable: true })
  marketingOptOutAt!: Date | null;

  @Column({ name: 'marketing_opt_out_by', type: 'uuid', nullable: true })
  marketingOptOutBy!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'marketing_opt_out_by',
    foreignKeyConstraintName: 'FK_crm_contact_opt_out_by',
  })
  marketingOptOutAccount?: AccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
