import { Column, CreateDateColumn, Entity } from 'typeorm';
import { PersonalData } from '../../../core/privacy/personal-data';
import { CrmOwnedRow, OwnedByCrmRecord } from './crm-owned-row.entity';

/** An e-mail address of a company, contact or lead. */
@Entity('crm_email')
@OwnedByCrmRecord('crm_email')
export class CrmEmailEntity extends CrmOwnedRow {
  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 50, default: '' })
  label!: string;

  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'email' })
  @Column({ type: 'varchar', length: 254 })
  address!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
