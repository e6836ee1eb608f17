import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NotPersonal } from '../../../core/privacy/personal-data';

/** A firm using Guichet (tenant); every row that belongs to a firm points to its workspace. */
@Entity('workspace')
@Unique('UQ_workspace_slug', ['slug'])
@Check('CHK_workspace_slug', `"slug" ~ '^[a-z0-9][a-z0-9-]*$'`)
@Check('CHK_workspace_otp_valid_minutes', `"otp_valid_minutes" BETWEEN 1 AND 15`)
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_workspace' })
  id!: string;

  /** The name typed at sign-in and shown in deep links (`/w/<slug>/login`). */
  @NotPersonal("a firm's sign-in name, not a person")
  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  /** The firm's name, shown in the portal and in every mail. */
  @NotPersonal("a firm's name, not a person")
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Idle timeout of sessions, in minutes (AUTH-6; seed 003: 20). */
  @Column({ name: 'idle_timeout_minutes', type: 'integer', default: 20 })
  idleTimeoutMinutes!: number;

  /**
   * Seed 000's optional "One Time Password": a first connection whose mobile cannot be matched
   * gets an SMS code instead of going to the admin queue (IDV-3b).
   */
  @Column({ name: 'sms_otp_enabled', type: 'boolean', default: false })
  smsOtpEnabled!: boolean;

  /** How long one-time codes live in this firm (OTP-1: at most 15); null = `OTP_VALID_MINUTES`. */
  @Column({ name: 'otp_valid_minutes', type: 'integer', nullable: true })
  otpValidMinutes!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
