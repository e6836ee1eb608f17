import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { ParcelEntity } from './parcel.entity';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/**
 * A document of a parcel: what the recipients see (name, size, detected type, checksum) and how
 * to read it back (blob key, data key wrapped by the master key). `wrapped_key` null means the
 * document is crypto-shredded: its blob can no longer be read and only waits to be deleted.
 */
@Entity('parcel_document')
@Check('CHK_parcel_document_state', `"state" IN ('uploading', 'stored')`)
@Index('IDX_parcel_document_parcel', ['parcelId'])
export class ParcelDocumentEntity {
  /** Chosen by the server before the upload: it names the blob and is bound to the data key. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_parcel_document' })
  id!: string;

  @Column({ name: 'parcel_id', type: 'uuid' })
  parcelId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => ParcelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcel_id', foreignKeyConstraintName: 'FK_parcel_document_parcel' })
  parcel?: ParcelEntity;

  /** Sanitised: no path, no control or bidi characters, NFC, at most 200 characters. */
  @PersonalData({ category: 'document', erase: 'delete-row', mask: 'drop' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Plain bytes. */
  @Column({ type: 'bigint', default: 0 })
  size!: string;

  /** Detected from the content. */
  @NotPersonal('a media type detected from the content')
  @Column({
    name: 'content_type',
    type: 'varchar',
    length: 127,
    default: 'application/octet-stream',
  })
  contentType!: string;

  /** Hex SHA-256 of the plain content; empty while uploading. */
  @PersonalData({ category: 'document', erase: 'delete-row', mask: 'hash' })
  @Column({ type: 'varchar', length: 64, default: '' })
  sha256!: string;

  /** `<workspace id>/<document id>`: made by the server, never from a request. */
  @NotPersonal('`<workspace id>/<document id>`, made by the server')
  @Column({ name: 'storage_key', type: 'varchar', length: 80 })
  storageKey!: string;

  @NotPersonal('the id of the master key that wraps the data key')
  @Column({ name: 'key_id', type: 'varchar', length: 32, nullable: true })
  keyId!: string | null;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'drop', export: false })
  @Column({ name: 'wrapped_key', type: 'bytea', nullable: true })
  wrappedKey!: Buffer | null;

  /** `uploading` until every byte is stored (and scanned): only `stored` documents are shown. */
  @NotPersonal('a fixed state')
  @Column({ type: 'varchar', length: 16, default: 'uploading' })
  state!: 'uploading' | 'stored';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
