import type { IdentityReviewReason, IdentityReviewState } from '@guichet/contracts';
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

/** A first connection that could not be verified automatically, for an admin to decide (IDV-3b). */
@Entity('identity_review')
@Index('IDX_identity_review_queue', ['workspaceId', 'state', 'createdAt'])
@Check('CHK_identity_review_reason', `"reason" IN ('no-sms-otp', 'phone-lost', 'unproven-mobile')`)
@Check('CHK_identity_review_state', `"state" IN ('pending', 'approved', 'rejected')`)
export class IdentityReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_identity_review' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_identity_review_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_identity_review_account' })
  account?: AccountEntity;

  /** What the person typed; lower-case. */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'email' })
  @Column({ name: 'email_given', type: 'varchar', length: 254 })
  emailGiven!: string;

  /** E.164. */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'phone' })
  @Column({ name: 'mobile_given', type: 'varchar', length: 16 })
  mobileGiven!: string;

  @NotPersonal('a fixed reason code')
  @Column({ type: 'varchar', length: 16 })
  reason!: IdentityReviewReason;

  @NotPersonal('a fixed state')
  @Column({ type: 'varchar', length: 16, default: 'pending' })
  state!: IdentityReviewState;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_identity_review_decided_by' })
  decider?: AccountEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
