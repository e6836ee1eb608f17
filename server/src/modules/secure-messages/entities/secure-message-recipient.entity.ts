import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ParcelEntity } from '../../parcels/entities/parcel.entity';
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';

/**
 * One address a secure message went to (PARCEL-8): the SHA-256 of its personal link (the link
 * itself is only in the notice mail) and its receipt (notified, code requested, opened).
 */
@Entity('secure_message_recipient')
@Index('UQ_secure_message_recipient_token', ['tokenHash'], { unique: true })
@Index('IDX_secure_message_recipient_parcel', ['parcelId'])
@Index('IDX_secure_message_recipient_email', ['email'])
export class SecureMessageRecipientEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_secure_message_recipient' })
  id!: string;

  @Column({ name: 'parcel_id', type: 'uuid' })
  parcelId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => ParcelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcel_id', foreignKeyConstraintName: 'FK_secure_message_recipient_parcel' })
  parcel?: ParcelEntity;

  /** Lower-cased. */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'email' })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;

  @Column({ name: 'code_requested_at', type: 'timestamptz', nullable: true })
  codeRequestedAt!: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
