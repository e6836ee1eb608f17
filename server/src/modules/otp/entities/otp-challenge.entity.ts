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
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/**
 * A 6-digit code sent by SMS or e-mail (OTP-1), bound to one purpose and one flow (a sign-in
 * session, an identity-check flow). Only a keyed hash of the code is stored.
 */
@Entity('otp_challenge')
@Index('IDX_otp_challenge_flow', ['purpose', 'flowId'])
@Index('IDX_otp_challenge_recipient', ['recipient', 'createdAt'])
@Index('IDX_otp_challenge_subject', ['subject', 'createdAt'])
export class OtpChallengeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_otp_challenge' })
  id!: string;

  @NotPersonal('a fixed purpose code')
  @Column({ type: 'varchar', length: 40 })
  purpose!: string;

  @NotPersonal('the id of a session or identity flow')
  @Column({ name: 'flow_id', type: 'varchar', length: 100 })
  flowId!: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: true })
  workspaceId!: string | null;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_otp_challenge_workspace' })
  workspace?: WorkspaceEntity;

  /** Who the code proves, e.g. `account:<id>` (for the hourly cap per subject, OTP-2). */
  @NotPersonal('`account:<id>`: an id, as in any foreign key')
  @Column({ type: 'varchar', length: 100, nullable: true })
  subject!: string | null;

  /** E.164 number or e-mail address the code went to (for the hourly caps). */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'hash' })
  @Column({ type: 'text' })
  recipient!: string;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash!: Buffer;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
