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
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { CrmCompanyEntity } from './crm-company.entity';
import { CrmContactEntity } from './crm-contact.entity';
import { CrmLeadEntity } from './crm-lead.entity';

/**
 * A file attached to a company, contact or lead, encrypted like parcel documents (a data key
 * per document wrapped by the master key): `wrapped_key` null means crypto-shredded.
 * It hangs off exactly one company, contact or lead and goes with it.
 */
@Entity('crm_document')
@Index('IDX_crm_document_company', ['companyId'])
@Index('IDX_crm_document_contact', ['contactId'])
@Index('IDX_crm_document_lead', ['leadId'])
@Check('CHK_crm_document_owner', `num_nonnulls("company_id", "contact_id", "lead_id") = 1`)
@Check('CHK_crm_document_state', `"state" IN ('uploading', 'stored')`)
export class CrmDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_document' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_document_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmCompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'FK_crm_document_company' })
  company?: CrmCompanyEntity;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_crm_document_contact' })
  contact?: CrmContactEntity;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => CrmLeadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'FK_crm_document_lead' })
  lead?: CrmLeadEntity;

  @PersonalData({ category: 'document', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Plain bytes. */
  @Column({ type: 'bigint', default: 0 })
  size!: string;

  @NotPersonal('a media type detected from the content')
  @Column({
    name: 'content_type',
    type: 'varchar',
    length: 127,
    default: 'application/octet-stream',
  })
  contentType!: string;

  @PersonalData({ category: 'document', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 64, default: '' })
  sha256!: string;

  @NotPersonal('made by the server from the workspace and document ids')
  @Column({ name: 'storage_key', type: 'varchar', length: 80 })
  storageKey!: string;

  @NotPersonal('the id of the master key that wrapped the data key')
  @Column({ name: 'key_id', type: 'varchar', length: 32, nullable: true })
  keyId!: string | null;

  @Column({ name: 'wrapped_key', type: 'bytea', nullable: true })
  wrappedKey!: Buffer | null;

  @NotPersonal('uploading or stored')
  @Column({ type: 'varchar', length: 16, default: 'uploading' })
  state!: 'uploading' | 'stored';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
