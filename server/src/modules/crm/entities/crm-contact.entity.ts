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
import type { Civility } from '@guichet/contracts';
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { MarketingOptOutRow, WithMarketingOptOut } from './marketing-opt-out-row.entity';
import { CrmCompanyEntity } from './crm-company.entity';

/**
 * A person of the CRM, usually working for a company. A company's opt-out is copied onto its
 * contacts with source `company`, so that lifting it can tell them from the contacts' own.
 */
@Entity('crm_contact')
@WithMarketingOptOut('crm_contact')
@Index('IDX_crm_contact_workspace_name', ['workspaceId', 'lastName', 'firstName'])
@Index('IDX_crm_contact_company', ['companyId'])
export class CrmContactEntity extends MarketingOptOutRow {
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

  // A contact without a name is nobody: erasing the person deletes the row (what hangs off it
  // goes with it), rather than leaving a blank contact in the company's list.
  @PersonalData({ category: 'identity', erase: 'delete-row', mask: 'name' })
  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @PersonalData({ category: 'commercial', erase: 'null', mask: 'drop' })
  @Column({ name: 'job_title', type: 'varchar', length: 100, nullable: true })
  jobTitle!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
