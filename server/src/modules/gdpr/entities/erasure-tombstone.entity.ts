import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { NotPersonal } from '../../../core/privacy/personal-data';
import type { ErasureOrigin } from '../tombstones/erasure-tombstone';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';

/**
 * What is left of an erased person (GDPR-2): when, by whom, what went (rows per table), and
 * keyed hashes of their e-mail and phone, so that an import that would re-create them is
 * flagged. Nothing here names the person: the hashes are HMACs under a key derived from the
 * master key and bound to the workspace, so they cannot be reversed or matched across firms.
 */
@Entity('erasure_tombstone')
@Check('CHK_erasure_tombstone_kind', `"subject_kind" IN ('client', 'company', 'contact', 'lead')`)
@Check('CHK_erasure_tombstone_origin', `"origin" IN ('admin', 'erp', 'retention')`)
@Index('IDX_erasure_tombstone_workspace_time', ['workspaceId', 'erasedAt'])
export class ErasureTombstoneEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_erasure_tombstone' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_erasure_tombstone_workspace' })
  workspace?: WorkspaceEntity;

  @NotPersonal('a fixed code: client, company, contact or lead')
  @Column({ name: 'subject_kind', type: 'varchar', length: 16 })
  subjectKind!: string;

  @NotPersonal('a fixed code: who asked, an admin, the ERP or the retention job')
  @Column({ type: 'varchar', length: 10 })
  origin!: ErasureOrigin;

  @Column({ name: 'erased_at', type: 'timestamptz', default: () => 'now()' })
  erasedAt!: Date;

  /** The admin who erased; no foreign key: the tombstone outlives that account too. */
  @Column({ name: 'erased_by', type: 'uuid', nullable: true })
  erasedBy!: string | null;

  /** `{"account": 1, "session": 3}`: table names and numbers only. */
  @NotPersonal('table names and row counts')
  @Column({ type: 'jsonb', default: () => `'{}'` })
  counts!: Record<string, number>;

  /** Hex HMAC-SHA-256 of each e-mail address the person had (lower-cased). */
  @NotPersonal('keyed hashes under a server key: they single no one out without that key')
  @Column({ name: 'email_hashes', type: 'varchar', length: 64, array: true, default: () => `'{}'` })
  emailHashes!: string[];

  /** Hex HMAC-SHA-256 of each phone number the person had (E.164 digits). */
  @NotPersonal('keyed hashes under a server key: they single no one out without that key')
  @Column({ name: 'phone_hashes', type: 'varchar', length: 64, array: true, default: () => `'{}'` })
  phoneHashes!: string[];

  /**
   * Blobs whose keys the erasure destroyed, until they are deleted after the commit: a crash in
   * between leaves them listed here (unreadable already) for the next sweep to delete.
   */
  @NotPersonal('server-made storage keys (workspace id / document id)')
  @Column({ name: 'pending_blobs', type: 'text', array: true, default: () => `'{}'` })
  pendingBlobs!: string[];
}
