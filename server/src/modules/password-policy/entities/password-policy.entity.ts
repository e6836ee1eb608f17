import type { PasswordPolicyMode, PasswordPolicyPreset } from '@guichet/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { ErasedWith, NotPersonal } from '../../../core/privacy/personal-data';

/**
 * A workspace's password policy (PWD-1) and roll-out mode (PWD-2). A workspace without a row has
 * the default policy in mode `enforce`: only the workspaces that existed before the policy got a
 * row, in mode `off` (see the migration).
 */
@Entity('password_policy')
@Check('CHK_password_policy_mode', `"mode" IN ('off', 'warn', 'enforce')`)
@Check(
  'CHK_password_policy_preset',
  `"preset" IN ('cnil-2022', 'seed-002-classic', 'nist-800-63b', 'custom')`,
)
export class PasswordPolicyEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_password_policy',
  })
  workspaceId!: string;

  @OneToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_password_policy_workspace' })
  workspace?: WorkspaceEntity;

  @NotPersonal('a fixed mode')
  @Column({ type: 'varchar', length: 8 })
  mode!: PasswordPolicyMode;

  @NotPersonal('a fixed preset name')
  @Column({ type: 'varchar', length: 20 })
  preset!: PasswordPolicyPreset;

  @Column({ name: 'min_length', type: 'integer' })
  minLength!: number;

  @Column({ name: 'max_length', type: 'integer' })
  maxLength!: number;

  @Column({ name: 'required_classes', type: 'smallint' })
  requiredClasses!: number;

  @Column({ name: 'min_entropy_bits', type: 'real' })
  minEntropyBits!: number;

  @Column({ name: 'min_score', type: 'smallint' })
  minScore!: number;

  @Column({ name: 'block_list', type: 'boolean' })
  blockList!: boolean;

  @Column({ name: 'history_size', type: 'smallint' })
  historySize!: number;

  @Column({ name: 'max_age_days', type: 'integer', nullable: true })
  maxAgeDays!: number | null;

  @Column({ name: 'min_length_with_second_factor', type: 'integer', nullable: true })
  minLengthWithSecondFactor!: number | null;

  /** +1 at each change of the rules; a change of mode alone keeps it. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_password_policy_updated_by' })
  updater?: AccountEntity | null;
}
