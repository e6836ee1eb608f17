import { type OutboxChannel, OutboxStatus } from '@guichet/contracts';
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
  UpdateDateColumn,
} from 'typeorm';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/**
 * A mail or SMS to deliver, written in the transaction of the action that causes it (MAIL-2).
 * The rendered content is sealed with the master key (it may hold a password-set link) and
 * erased once sent.
 */
@Entity('outbox_message')
@Unique('UQ_outbox_message_idempotency_key', ['idempotencyKey'])
@Check('CHK_outbox_message_channel', `"channel" IN ('mail', 'sms', 'webhook')`)
@Check('CHK_outbox_message_status', `"status" IN ('pending', 'sending', 'sent', 'failed')`)
@Index('IDX_outbox_message_due', ['nextAttemptAt'], { where: `"status" IN ('pending', 'sending')` })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outbox_message' })
  id!: string;

  /** One message per key: enqueuing the same key twice stores it once. */
  @NotPersonal('made of the kind and ids of what caused the message')
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: true })
  workspaceId!: string | null;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_outbox_message_workspace' })
  workspace?: WorkspaceEntity;

  @NotPersonal('mail or sms')
  @Column({ type: 'varchar', length: 8 })
  channel!: OutboxChannel;

  /** Mail or SMS template; a webhook's event name. */
  @NotPersonal('a fixed template name, or a webhook event name')
  @Column({ type: 'varchar', length: 40 })
  template!: string;

  /** E-mail address or E.164 number, shown masked to admins; a webhook's target name (`erp`). */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'hash' })
  @Column({ type: 'text' })
  recipient!: string;

  /** Sealed rendered content; null once sent. */
  @PersonalData({ category: 'free-text', erase: 'delete-row', mask: 'drop', export: false })
  @Column({ type: 'bytea', nullable: true })
  payload!: Buffer | null;

  @NotPersonal('a fixed status')
  @Column({ type: 'varchar', length: 10, default: OutboxStatus.Pending })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When a pending message is due, or when the claim of a sending one lapses. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @PersonalData({ category: 'free-text', erase: 'null', mask: 'drop', export: false })
  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError!: string | null;

  @NotPersonal("the delivery provider's message id")
  @Column({ name: 'provider_id', type: 'varchar', length: 200, nullable: true })
  providerId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
