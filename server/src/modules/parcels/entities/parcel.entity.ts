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
import { AccountEntity } from '../../accounts/entities/account.entity';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/** What is stored of a parcel's life; `expired` is not stored: a sent parcel past `expires_at`. */
export type StoredParcelState = 'draft' | 'sent' | 'withdrawn';

/**
 * A secure parcel (PARCEL-1): subject, note, sender and expiry. Its documents, recipients and
 * receipts hang off it and go with it (ON DELETE CASCADE) when the purge deletes it.
 */
@Entity('parcel')
@Check('CHK_parcel_state', `"state" IN ('draft', 'sent', 'withdrawn')`)
@Check('CHK_parcel_kind', `"kind" IN ('parcel', 'message')`)
@Index('IDX_parcel_sender', ['senderId', 'createdAt', 'id'])
@Index('IDX_parcel_workspace', ['workspaceId', 'state'])
@Index('IDX_parcel_expires', ['expiresAt'])
@Index('IDX_parcel_received_order', ['workspaceId', 'sentAt', 'id'])
export class ParcelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_parcel' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_parcel_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id', foreignKeyConstraintName: 'FK_parcel_sender' })
  sender?: AccountEntity;

  @PersonalData({ category: 'free-text', erase: 'delete-row', mask: 'drop' })
  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @PersonalData({ category: 'free-text', erase: 'delete-row', mask: 'drop' })
  @Column({ type: 'text', default: '' })
  note!: string;

  @NotPersonal('a fixed state')
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  state!: StoredParcelState;

  /** `message`: a secure message to external addresses (PARCEL-8), not in the parcel lists. */
  @NotPersonal('parcel or message')
  @Column({ type: 'varchar', length: 16, default: 'parcel' })
  kind!: 'parcel' | 'message';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
