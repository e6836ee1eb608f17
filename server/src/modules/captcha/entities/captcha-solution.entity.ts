import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { NotPersonal } from '../../../core/privacy/personal-data';

/** A CAPTCHA solution already used once (AUTH-3), kept until its challenge expires. */
@Entity('captcha_solution')
@Index('IDX_captcha_solution_expires_at', ['expiresAt'])
export class CaptchaSolutionEntity {
  /** The challenge's HMAC signature (lowercase hex): one challenge, one row. */
  @NotPersonal('the HMAC of a CAPTCHA challenge, about no one')
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'PK_captcha_solution' })
  signature!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
