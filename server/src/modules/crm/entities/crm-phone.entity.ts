import { Column, CreateDateColumn, Entity } from 'typeorm';
import { PersonalData } from '../../../core/privacy/personal-data';
import { CrmOwnedRow, OwnedByCrmRecord } from './crm-owned-row.entity';

/** A phone number (E.164) of a company, contact or lead. */
@Entity('crm_phone')
@OwnedByCrmRecord('crm_phone')
export class CrmPhoneEntity extends CrmOwnedRow {
  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 50, default: '' })
  label!: string;

  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'phone' })
  @Column({ type: 'varchar', length: 20 })
  number!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
