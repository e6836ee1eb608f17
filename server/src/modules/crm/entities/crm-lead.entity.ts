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
import type { Civility, CrmLeadStatus } from '@guichet/contracts';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { MarketingOptOutRow, WithMarketingOptOut } from './marketing-opt-out-row.entity';

/** A prospect: a person not yet a contact of a known company (retention: GDPR-5, 3 years). */
@Entity('crm_lead')
@WithMarketingOptOut('crm_lead')
@Index('IDX_crm_lead_workspace_name', ['workspaceId', 'lastName', 'firstName'])
@Check('CHK_crm_lead_status', `"status" IN ('new', 'qualified', 'converted', 'lost')`)
export class CrmLeadEntity extends MarketingOptOutRow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_lead' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_lead_workspace' })
  workspace?: WorkspaceEntity;

  @PersonalData({ category: 'identity', erase: 'null', mask: 'drop' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  civility!: Civility | null;

  @PersonalData({ category: 'identity', erase: 'null', mask: 'name' })
  @Column({ name: 'first_name', type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @PersonalData({ category: 'identity', erase: { value: '' }, mask: 'name' })
  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @PersonalData({ category: 'commercial', erase: 'null', mask: 'name' })
  @Column({ name: 'company_name', type: 'varchar', length: 200, nullable: true })
  companyName!: string | null;

  @PersonalData({ category: 'commercial', erase: 'null', mask: 'drop' })
  @Column({ name: 'job_title', type: 'varchar', length: 100, nullable: true })
  jobTitle!: string | null;

  @NotPersonal('the stage of the sales process: new, qualified, converted or lost')
  @Column({ type: 'varchar', length: 16, default: 'new' })
  status!: CrmLeadStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
