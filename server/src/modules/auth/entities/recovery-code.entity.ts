import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';

/** A single-use code that stands in for the second factor when the phone is lost (AUTH-8). */
@Entity('recovery_code')
@Index('IDX_recovery_code_account', ['accountId'])
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recovery_code' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_recovery_code_account' })
  account?: AccountEntity;

  /** HMAC of the code under a key derived from the master key; the code is shown once. */
  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'hash', export: false })
  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash!: Buffer;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
