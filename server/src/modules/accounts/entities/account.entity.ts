import { Civility, type Language, PasswordKind, Role } from '@guichet/contracts';
import type { StoredPasswordChangeReason } from '../account';
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
import { ErasedWith, NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

const valuesOf = (values: object) =>
  Object.values(values)
    .map((value) => `'${String(value)}'`)
    .join(', ');

/** A person who signs in to a workspace: a client, an account manager (staff) or an admin. */
@Entity('account')
@Unique('UQ_account_workspace_access_code', ['workspaceId', 'accessCode'])
@Index('IDX_account_activity', ['workspaceId', 'role', 'lastActiveAt'])
@Index('UQ_account_workspace_email', ['workspaceId', 'email'], {
  unique: true,
  where: '"email" IS NOT NULL',
})
@Check('CHK_account_role', `"role" IN (${valuesOf(Role)})`)
@Check('CHK_account_civility', `"civility" IN (${valuesOf(Civility)})`)
@Check('CHK_account_password_kind', `"password_kind" IN (${valuesOf(PasswordKind)})`)
@Check(
  'CHK_account_password_change_reason',
  `"password_change_reason" IN ('expired', 'weak', 'repair')`,
)
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_account_workspace' })
  workspace?: WorkspaceEntity;

  /** The identifier the firm gives the client ("code d'accès"), unique in the workspace. */
  @PersonalData({ category: 'identity', erase: 'delete-row', mask: 'identifier' })
  @Column({ name: 'access_code', type: 'varchar', length: 32 })
  accessCode!: string;

  @NotPersonal('a fixed role code')
  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @PersonalData({ category: 'identity', erase: 'delete-row', mask: 'keep' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  civility!: Civility | null;

  @PersonalData({ category: 'identity', erase: 'delete-row', mask: 'name' })
  @Column({ name: 'first_name', type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @PersonalData({ category: 'identity', erase: 'delete-row', mask: 'name' })
  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  /** Stored lower-case so that uniqueness ignores case. */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'email' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** E.164 (`+33606101010`). */
  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'phone' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  mobile!: string | null;

  /** When its owner proved `mobile` with a code sent to it; null for a number not proven yet. */
  @Column({ name: 'mobile_verified_at', type: 'timestamptz', nullable: true })
  mobileVerifiedAt!: Date | null;

  /**
   * argon2id in PHC format; null until the user sets a password. An account imported from a
   * previous system (`password_kind` legacy) may hold that system's hash as given: bcrypt
   * (`$2b$…`) or LDAP-style (`{SSHA}…`), which sign-in does not verify yet.
   */
  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'drop', export: false })
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @NotPersonal('a fixed code: which hash format')
  @Column({ name: 'password_kind', type: 'varchar', length: 16, nullable: true })
  passwordKind!: PasswordKind | null;

  @Column({ name: 'password_set_at', type: 'timestamptz', nullable: true })
  passwordSetAt!: Date | null;

  /**
   * The last check of the current password against the workspace's policy (PWD-4): when it was
   * set, and at each sign-in, where the plain password is at hand. Null until one is recorded
   * (seeded or imported passwords, passwords set before the policy existed).
   */
  @Column({ name: 'password_policy_version', type: 'integer', nullable: true })
  passwordPolicyVersion!: number | null;

  @Column({ name: 'password_meets_policy', type: 'boolean', nullable: true })
  passwordMeetsPolicy!: boolean | null;

  /** Rule ids (`min-length`, `not-common`…) the password did not meet at that check. */
  @NotPersonal('policy rule ids, never the password')
  @Column({ name: 'password_unmet_rules', type: 'jsonb', nullable: true })
  passwordUnmetRules!: string[] | null;

  @Column({ name: 'password_score', type: 'smallint', nullable: true })
  passwordScore!: number | null;

  @Column({ name: 'password_entropy_bits', type: 'real', nullable: true })
  passwordEntropyBits!: number | null;

  /** Digest of what the last check depended on besides the password (see `PasswordCheck.key`). */
  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'drop', export: false })
  @Column({ name: 'password_check_key', type: 'varchar', length: 64, nullable: true })
  passwordCheckKey!: string | null;

  /** A temporary password stops working at this time (PWD-3: 72 hours). */
  @Column({ name: 'password_expires_at', type: 'timestamptz', nullable: true })
  passwordExpiresAt!: Date | null;

  /** Set when the next sign-in must go to the change-password step, and why. */
  @NotPersonal('a fixed code')
  @Column({ name: 'password_change_reason', type: 'varchar', length: 16, nullable: true })
  passwordChangeReason!: StoredPasswordChangeReason | null;

  /** The staff member who receives this client's parcels (PARCEL-1). */
  @Column({ name: 'account_manager_id', type: 'uuid', nullable: true })
  accountManagerId!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_manager_id', foreignKeyConstraintName: 'FK_account_manager' })
  accountManager?: AccountEntity | null;

  /** Set by an admin: the account cannot sign in until unlocked. */
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  /** When the user accepted the terms of use, on an invitation's password page (seed 001). */
  @Column({ name: 'terms_accepted_at', type: 'timestamptz', nullable: true })
  termsAcceptedAt!: Date | null;

  /** The last sign-in: retention erases a client account unused for its period (GDPR-5). */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true })
  lastActiveAt!: Date | null;

  @PersonalData({ category: 'preference', erase: 'delete-row', mask: 'keep' })
  @Column({ type: 'varchar', length: 2, default: 'fr' })
  language!: Language;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
