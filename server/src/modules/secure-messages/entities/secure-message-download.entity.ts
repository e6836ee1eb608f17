import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParcelDocumentEntity } from '../../parcels/entities/parcel-document.entity';
import { SecureMessageRecipientEntity } from './secure-message-recipient.entity';
import { ErasedWith } from '../../../core/privacy/personal-data';

/** Downloads of one attachment by one address: the sender's receipt (PARCEL-8). */
@Entity('secure_message_download')
export class SecureMessageDownloadEntity {
  @PrimaryColumn({
    name: 'recipient_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_secure_message_download',
  })
  recipientId!: string;

  @PrimaryColumn({
    name: 'document_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_secure_message_download',
  })
  documentId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => SecureMessageRecipientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'recipient_id',
    foreignKeyConstraintName: 'FK_secure_message_download_recipient',
  })
  recipient?: SecureMessageRecipientEntity;

  @ErasedWith('delete')
  @ManyToOne(() => ParcelDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'document_id',
    foreignKeyConstraintName: 'FK_secure_message_download_document',
  })
  document?: ParcelDocumentEntity;

  @Column({ name: 'first_at', type: 'timestamptz' })
  firstAt!: Date;

  @Column({ name: 'last_at', type: 'timestamptz' })
  lastAt!: Date;

  @Column({ type: 'integer', default: 1 })
  count!: number;
}
