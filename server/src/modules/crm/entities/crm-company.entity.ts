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
import type { MarketingOptOutSource } from '@guichet/contracts';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';

/**
 * A company of the CRM. With an `erp_reference` it is a third party ("tiers"): the twin of an ERP
 * record, whose opt-out the ERP syncs both ways and whose erasure only the ERP may start.
 */
@Entity('crm_company')
@Index('IDX_crm_company_workspace_name', ['workspaceId', 'name'])
@Index('UQ_crm_company_erp_reference', ['workspaceId', 'erpReference'], {
  unique: true,
  where: '"erp_reference" IS NOT NULL',
})
@Check(
  'CHK_crm_company_opt_out_source',
  `"marketing_opt_out_source" IN ('self', 'company', 'import', 'erp')`,
)
export class CrmCompanyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_company' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_company_workspace' })
  workspace?: WorkspaceEntity;

  /** A sole trader's company name is the person's name. */
  @PersonalData({ category: 'identity', erase: { value: '' }, mask: 'name' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The ERP record's number; null for a company that lives in the CRM only. */
  @PersonalData({ category: 'identity', erase: 'null', mask: 'identifier' })
  @Column({ name: 'erp_reference', type: 'varchar', length: 64, nullable: true })
  erpReference!: string | null;

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
    foreignKeyConstraintName: 'FK_crm_company_opt_out_by',
  })
  marketingOptOutAccount?: AccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
