import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { ParcelEntity } from './parcel.entity';
import { ErasedWith } from '../../../core/privacy/personal-data';

/** One recipient of a parcel and what happened to it for them (PARCEL-6). */
@Entity('parcel_recipient')
@Index('IDX_parcel_recipient_account', ['accountId'])
export class ParcelRecipientEntity {
  @PrimaryColumn({
    name: 'parcel_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_parcel_recipient',
  })
  parcelId!: string;

  @PrimaryColumn({
    name: 'account_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_parcel_recipient',
  })
  accountId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => ParcelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcel_id', foreignKeyConstraintName: 'FK_parcel_recipient_parcel' })
  parcel?: ParcelEntity;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_parcel_recipient_account' })
  account?: AccountEntity;

  /** When the "parcel received" mail (or an invitation) was queued for them. */
  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;

  /** First time they opened the parcel page. */
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  /** When the "expiring soon" reminder was queued: at most one per recipient. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;
}
