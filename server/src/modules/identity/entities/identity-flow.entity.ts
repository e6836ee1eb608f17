import type { IdentityFlowKind, IdentityFlowStep } from '@guichet/contracts';
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
import type { IdentityFlowData } from '../identity-flow';
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/**
 * The server-side state of a first connection or legacy migration (IDV-7), named by the SHA-256
 * of the random token in the browser's `guichet_flow` cookie. `account_id` is null for an
 * unknown access code, which must look like any other flow from outside (IDV-3c).
 */
@Entity('identity_flow')
@Unique('UQ_identity_flow_token_hash', ['tokenHash'])
@Index('IDX_identity_flow_expires_at', ['expiresAt'])
export class IdentityFlowEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_identity_flow' })
  id!: string;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_identity_flow_workspace' })
  workspace?: WorkspaceEntity;

  @NotPersonal('a fixed flow kind')
  @Column({ type: 'varchar', length: 24 })
  kind!: IdentityFlowKind;

  @NotPersonal('a fixed step name')
  @Column({ type: 'varchar', length: 24 })
  step!: IdentityFlowStep;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_identity_flow_account' })
  account?: AccountEntity | null;

  /** What the steps gathered (address and number typed, where the code went). */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'drop' })
  @Column({ type: 'jsonb', default: {} })
  data!: IdentityFlowData;

  /** Wrong codes typed in this flow (OTP-1: the flow ends at the limit, resends do not reset it). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Set when too many wrong codes ended the flow: every step then answers 410. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
