import { Check, Column, CreateDateColumn, Entity, Index } from 'typeorm';
import type { CrmCommunicationChannel, CrmCommunicationDirection } from '@guichet/contracts';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { CrmOwnedRow, OwnedByCrmRecord } from './crm-owned-row.entity';

/**
 * A mail, call, meeting or letter with the person; the last one *from* them starts the
 * retention period of a prospect (GDPR-5).
 */
@Entity('crm_communication')
@OwnedByCrmRecord('crm_communication')
@Index('IDX_crm_communication_from_person', ['direction', 'occurredAt'])
@Check('CHK_crm_communication_direction', `"direction" IN ('from-person', 'to-person')`)
@Check(
  'CHK_crm_communication_channel',
  `"channel" IN ('email', 'phone', 'meeting', 'letter', 'other')`,
)
export class CrmCommunicationEntity extends CrmOwnedRow {
  @NotPersonal('who made contact: from-person or to-person')
  @Column({ type: 'varchar', length: 16 })
  direction!: CrmCommunicationDirection;

  @NotPersonal('email, phone, meeting, letter or other')
  @Column({ type: 'varchar', length: 16 })
  channel!: CrmCommunicationChannel;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @PersonalData({ category: 'free-text', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @PersonalData({ category: 'free-text', erase: 'null', mask: 'drop' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
