import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A mail or SMS captured in development instead of leaving the machine (MAIL-3). */
@Entity('dev_inbox_message')
export class DevInboxMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_dev_inbox_message' })
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  channel!: 'mail' | 'sms';

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
