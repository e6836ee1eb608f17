import {
  Check,
  Column,
  CreateDateColumn,
  UpdateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { CrmCompanyEntity } from './crm-company.entity';
import { CrmContactEntity } from './crm-contact.entity';
import { CrmLeadEntity } from './crm-lead.entity';

/**
 * A free-text remark ("zone bloc-notes"); GDPR-7 warns before saving sensitive words.
 * It hangs off exactly one company, contact or lead and goes with it.
 */
@Entity('crm_remark')
@Index('IDX_crm_remark_company', ['companyId'])
@Index('IDX_crm_remark_contact', ['contactId'])
@Index('IDX_crm_remark_lead', ['leadId'])
@Check('CHK_crm_remark_owner', `num_nonnulls("company_id", "contact_id", "lead_id") = 1`)
export class CrmRemarkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_remark' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_remark_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmCompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'FK_crm_remark_company' })
  company?: CrmCompanyEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_crm_remark_contact' })
  contact?: CrmContactEntity;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmLeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'FK_crm_remark_lead' })
  lead?: CrmLeadEntity;

  @PersonalData({ category: 'free-text', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_crm_remark_author' })
  author?: AccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
