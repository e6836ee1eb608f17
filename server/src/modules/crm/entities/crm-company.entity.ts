import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PersonalData } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { MarketingOptOutRow, WithMarketingOptOut } from './marketing-opt-out-row.entity';

/**
 * A company of the CRM. With an `erp_reference` it is a third party ("tiers"): the twin of an ERP
 * record, whose opt-out the ERP syncs both ways and whose erasure only the ERP may start.
 */
@Entity('crm_company')
@WithMarketingOptOut('crm_company')
@Index('IDX_crm_company_workspace_name', ['workspaceId', 'name'])
@Index('UQ_crm_company_erp_reference', ['workspaceId', 'erpReference'], {
  unique: true,
  where: '"erp_reference" IS NOT NULL',
})
export class CrmCompanyEntity extends MarketingOptOutRow {
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
