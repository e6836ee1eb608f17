import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';

/** A mail or SMS captured in development instead of leaving the machine (MAIL-3). */
@Entity('dev_inbox_message')
export class DevInboxMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_dev_inbox_message' })
  id!: string;

  @NotPersonal('mail or sms')
  @Column({ type: 'varchar', length: 8 })
  channel!: 'mail' | 'sms';

  @PersonalData({ category: 'contact', erase: 'delete-row', mask: 'hash' })
  @Column({ type: 'text' })
  recipient!: string;

  @PersonalData({ category: 'free-text', erase: 'delete-row', mask: 'drop' })
  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @PersonalData({ category: 'free-text', erase: 'delete-row', mask: 'drop' })
  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @PersonalData({ category: 'free-text', erase: 'delete-row', mask: 'drop' })
  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
