import {
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
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';

/**
 * A signed-in browser (AUTH-5): server-side, so that sign-out and "sign out everywhere" take
 * effect at once. The cookie holds a random token; only its SHA-256 is stored.
 */
@Entity('session')
@Unique('UQ_session_token_hash', ['tokenHash'])
@Index('IDX_session_account', ['accountId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_session' })
  id!: string;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_session_account' })
  account?: AccountEntity;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_session_workspace' })
  workspace?: WorkspaceEntity;

  /** "This is a private computer": no idle timeout, only the absolute lifetime. */
  @Column({ name: 'private_computer', type: 'boolean', default: false })
  privateComputer!: boolean;

  /** Signed in with the password; waiting for the second factor before anything else. */
  @Column({ name: 'second_factor_pending', type: 'boolean', default: false })
  secondFactorPending!: boolean;

  /** Signed in, but only the change-password step answers until the password is changed. */
  @Column({ name: 'password_change_pending', type: 'boolean', default: false })
  passwordChangePending!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Null on a private computer. */
  @Column({ name: 'idle_expires_at', type: 'timestamptz', nullable: true })
  idleExpiresAt!: Date | null;

  @Column({ name: 'absolute_expires_at', type: 'timestamptz' })
  absoluteExpiresAt!: Date;
}
