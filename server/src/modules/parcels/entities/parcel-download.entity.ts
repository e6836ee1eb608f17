import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { ParcelDocumentEntity } from './parcel-document.entity';
import { ParcelEntity } from './parcel.entity';
import { ErasedWith } from '../../../core/privacy/personal-data';

/** A recipient's views and downloads of one document (PARCEL-6): the first, the last, how many. */
@Entity('parcel_download')
@Index('IDX_parcel_download_parcel', ['parcelId'])
export class ParcelDownloadEntity {
  @PrimaryColumn({
    name: 'document_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_parcel_download',
  })
  documentId!: string;

  @PrimaryColumn({
    name: 'account_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_parcel_download',
  })
  accountId!: string;

  @Column({ name: 'parcel_id', type: 'uuid' })
  parcelId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => ParcelDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'FK_parcel_download_document' })
  document?: ParcelDocumentEntity;

  @ErasedWith('delete')
  @ManyToOne(() => ParcelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcel_id', foreignKeyConstraintName: 'FK_parcel_download_parcel' })
  parcel?: ParcelEntity;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_parcel_download_account' })
  account?: AccountEntity;

  @Column({ name: 'first_at', type: 'timestamptz' })
  firstAt!: Date;

  @Column({ name: 'last_at', type: 'timestamptz' })
  lastAt!: Date;

  @Column({ type: 'integer', default: 1 })
  count!: number;
}
