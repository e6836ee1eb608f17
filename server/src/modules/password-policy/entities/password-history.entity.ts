import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';

/**
 * A password an account had before its current one, as its argon2id hash: a new password must
 * match none of the newest (the policy's `historySize`, the current one included).
 */
@Entity('password_history')
@Index('IDX_password_history_account', ['accountId', 'createdAt'])
export class PasswordHistoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_password_history' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ErasedWith('delete')
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_password_history_account' })
  account?: AccountEntity;

  @PersonalData({ category: 'credential', erase: 'delete-row', mask: 'drop', export: false })
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  /** When it stopped being the current password. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
