import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { PersonalData } from '../../../core/privacy/personal-data';

/**
 * A recipient session (OTP-3): opened by the right one-time code, bound to one workspace and one
 * e-mail address, it reads every live message to that address in that workspace. Narrower than
 * an account session, so it has its own table and cookie: it can never pass the session guard.
 */
@Entity('recipient_session')
@Index('UQ_recipient_session_token', ['tokenHash'], { unique: true })
@Index('IDX_recipient_session_expires', ['absoluteExpiresAt'])
export class RecipientSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recipient_session' })
  id!: string;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_recipient_session_workspace' })
  workspace?: WorkspaceEntity;

  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'email' })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** 12 hours without idle timeout, and a persistent cookie. */
  @Column({ name: 'private_computer', type: 'boolean', default: false })
  privateComputer!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'absolute_expires_at', type: 'timestamptz' })
  absoluteExpiresAt!: Date;
}
