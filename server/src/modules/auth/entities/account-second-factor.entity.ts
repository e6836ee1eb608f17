import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';

/** An account's second factors (AUTH-8): an authenticator app (TOTP) and/or SMS codes. */
@Entity('account_second_factor')
export class AccountSecondFactorEntity {
  @PrimaryColumn({
    name: 'account_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_account_second_factor',
  })
  accountId!: string;

  @ErasedWith('delete')
  @OneToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_account_second_factor_account' })
  account?: AccountEntity;

  /** The TOTP secret, sealed with the master key; set at setup, used once confirmed. */
  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'drop', export: false })
  @Column({ name: 'totp_secret', type: 'bytea', nullable: true })
  totpSecret!: Buffer | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last accepted 30-second step: a code is never accepted twice (RFC 6238 §5.2). */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @Column({ name: 'sms_enabled_at', type: 'timestamptz', nullable: true })
  smsEnabledAt!: Date | null;
}
