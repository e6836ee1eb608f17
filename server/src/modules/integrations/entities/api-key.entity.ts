import type { ApiKeyScope } from '@guichet/contracts';
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
 * An integration key (PWD-6): a machine's credential, bound to a workspace and not to any user,
 * so that password changes never touch it. Only the SHA-256 of the key is stored.
 */
@Entity('api_key')
@Unique('UQ_api_key_secret_hash', ['secretHash'])
@Check('CHK_api_key_scopes', `jsonb_typeof("scopes") = 'array'`)
@Index('IDX_api_key_workspace', ['workspaceId', 'createdAt'])
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_api_key' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_api_key_workspace' })
  workspace?: WorkspaceEntity;

  /** What the admin called it ("ERP Sage"). */
  @NotPersonal('the label an admin gave an integration ("ERP Sage")')
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The key's first characters, to recognise it (`gch_Ab3dE5fG`). */
  @NotPersonal('the first characters of a machine key, about no one')
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash!: Buffer;

  @NotPersonal('fixed scope codes')
  @Column({ type: 'jsonb' })
  scopes!: ApiKeyScope[];

  /** Null: no expiry. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Updated at most once a minute. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by', foreignKeyConstraintName: 'FK_api_key_revoked_by' })
  revoker?: AccountEntity | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_api_key_created_by' })
  creator?: AccountEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
