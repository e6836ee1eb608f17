import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/**
 * A mailed link to set a password (IDV-5). Only the SHA-256 of its 256-bit token is stored; it is
 * used once, expires, and is voided by a newer link or a password change.
 */
@Entity('password_set_link')
@Unique('UQ_password_set_link_token_hash', ['tokenHash'])
@Index('IDX_password_set_link_account', ['accountId', 'createdAt'])
@Check('CHK_password_set_link_purpose', `"purpose" IN ('reset', 'activation', 'invitation')`)
export class PasswordSetLinkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_password_set_link' })
  id!: string;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_password_set_link_account' })
  account?: AccountEntity;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_password_set_link_workspace' })
  workspace?: WorkspaceEntity;

  @NotPersonal('a fixed purpose code')
  @Column({ type: 'varchar', length: 16 })
  purpose!: 'reset' | 'activation' | 'invitation';

  /** Where the link was mailed: using the link proves this mailbox, which becomes the account's. */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'email' })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** A newer link or a password change made this one useless. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
