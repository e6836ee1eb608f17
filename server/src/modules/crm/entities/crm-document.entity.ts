import { Check, Column, CreateDateColumn, Entity } from 'typeorm';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { CrmOwnedRow, OwnedByCrmRecord } from './crm-owned-row.entity';

/**
 * A file attached to a company, contact or lead, encrypted like parcel documents (a data key
 * per document wrapped by the master key): `wrapped_key` null means crypto-shredded.
 */
@Entity('crm_document')
@OwnedByCrmRecord('crm_document')
@Check('CHK_crm_document_state', `"state" IN ('uploading', 'stored')`)
export class CrmDocumentEntity extends CrmOwnedRow {
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
