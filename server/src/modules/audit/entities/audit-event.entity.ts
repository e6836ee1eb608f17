import type { AuditEventKind } from '@guichet/contracts';
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
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import type { AuditOutcome } from '../audit-event';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/**
 * One line of the append-only audit trail: who, what, when, in which workspace, about which ids,
 * from which network. Only ids and fixed codes, so that erasing a person never rewrites it. The
 * indexes run newest first (`occurred_at DESC, id DESC` in the migration; TypeORM's decorator
 * cannot express the order and does not compare it).
 */
@Entity('audit_event')
@Check('CHK_audit_event_outcome', `"outcome" IN ('success', 'failure')`)
@Check('CHK_audit_event_target_ids', `jsonb_typeof("target_ids") = 'object'`)
@Index('IDX_audit_event_workspace_time', ['workspaceId', 'occurredAt', 'id'])
@Index('IDX_audit_event_actor_time', ['actorId', 'occurredAt', 'id'], {
  where: '"actor_account_id" IS NOT NULL',
})
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_event' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** Null when the workspace is unknown (a sign-in attempt for a workspace that does not exist). */
  @Column({ name: 'workspace_id', type: 'uuid', nullable: true })
  workspaceId!: string | null;

  /** The trail of a workspace goes with it; nothing else deletes rows (see the migration). */
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_audit_event_workspace' })
  workspace?: WorkspaceEntity;

  /**
   * No foreign key on purpose: the trail outlives an erased account, and ON DELETE SET NULL would
   * be an UPDATE, which the table refuses.
   */
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @NotPersonal('a fixed event code')
  @Column({ type: 'varchar', length: 64 })
  kind!: AuditEventKind;

  @NotPersonal('success or failure')
  @Column({ type: 'varchar', length: 7 })
  outcome!: AuditOutcome;

  /** `{"accountId": "…"}`: UUIDs by name, never free text. */
  @NotPersonal('UUIDs by name, never free text: once the account is erased they name nobody')
  @Column({ name: 'target_ids', type: 'jsonb', default: () => `'{}'` })
  targetIds!: Record<string, string>;

  /** The caller's network (`203.0.113.0/24`, `2001:db8::/48`), never the full address. */
  @PersonalData({ category: 'network', erase: 'null', mask: 'ip' })
  @Column({ name: 'ip_prefix', type: 'varchar', length: 50, nullable: true })
  ipPrefix!: string | null;
}
