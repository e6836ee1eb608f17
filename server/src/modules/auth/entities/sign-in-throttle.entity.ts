import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PersonalData } from '../../../core/privacy/personal-data';

/**
 * Recent sign-in failures of one key (an IP address, or a workspace + identifier), shared by
 * every app instance through PostgreSQL (AUTH-4).
 */
@Entity('sign_in_throttle')
export class SignInThrottleEntity {
  /** `ip:<address>` or `id:<workspace>:<sha256 of the identifier>`: no identifier in clear. */
  @PersonalData({ category: 'network', erase: 'delete-row', mask: 'hash', export: false })
  @PrimaryColumn({ type: 'varchar', length: 120, primaryKeyConstraintName: 'PK_sign_in_throttle' })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt!: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
