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
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { CrmCompanyEntity } from './crm-company.entity';
import { CrmContactEntity } from './crm-contact.entity';
import { CrmLeadEntity } from './crm-lead.entity';

/**
 * An e-mail address of a company, contact or lead.
 * It hangs off exactly one company, contact or lead and goes with it.
 */
@Entity('crm_email')
@Index('IDX_crm_email_company', ['companyId'])
@Index('IDX_crm_email_contact', ['contactId'])
@Index('IDX_crm_email_lead', ['leadId'])
@Check('CHK_crm_email_owner', `num_nonnulls("company_id", "contact_id", "lead_id") = 1`)
export class CrmEmailEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_email' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_email_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmCompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'FK_crm_email_company' })
  company?: CrmCompanyEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_crm_email_contact' })
  contact?: CrmContactEntity;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmLeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'FK_crm_email_lead' })
  lead?: CrmLeadEntity;

  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 50, default: '' })
  label!: string;

  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'email' })
  @Column({ type: 'varchar', length: 254 })
  address!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
