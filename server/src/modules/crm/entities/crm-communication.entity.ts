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
import type { CrmCommunicationChannel, CrmCommunicationDirection } from '@guichet/contracts';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { CrmCompanyEntity } from './crm-company.entity';
import { CrmContactEntity } from './crm-contact.entity';
import { CrmLeadEntity } from './crm-lead.entity';

/**
 * A mail, call, meeting or letter with the person; the last one *from* them starts the
 * retention period of a prospect (GDPR-5).
 * It hangs off exactly one company, contact or lead and goes with it.
 */
@Entity('crm_communication')
@Index('IDX_crm_communication_company', ['companyId'])
@Index('IDX_crm_communication_contact', ['contactId'])
@Index('IDX_crm_communication_lead', ['leadId'])
@Check('CHK_crm_communication_owner', `num_nonnulls("company_id", "contact_id", "lead_id") = 1`)
@Index('IDX_crm_communication_from_person', ['direction', 'occurredAt'])
@Check('CHK_crm_communication_direction', `"direction" IN ('from-person', 'to-person')`)
@Check(
  'CHK_crm_communication_channel',
  `"channel" IN ('email', 'phone', 'meeting', 'letter', 'other')`,
)
export class CrmCommunicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_communication' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_communication_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmCompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'FK_crm_communication_company' })
  company?: CrmCompanyEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_crm_communication_contact' })
  contact?: CrmContactEntity;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmLeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'FK_crm_communication_lead' })
  lead?: CrmLeadEntity;

  @NotPersonal('who made contact: from-person or to-person')
  @Column({ type: 'varchar', length: 16 })
  direction!: CrmCommunicationDirection;

  @NotPersonal('email, phone, meeting, letter or other')
  @Column({ type: 'varchar', length: 16 })
  channel!: CrmCommunicationChannel;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @PersonalData({ category: 'free-text', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @PersonalData({ category: 'free-text', erase: 'null', mask: 'drop' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
