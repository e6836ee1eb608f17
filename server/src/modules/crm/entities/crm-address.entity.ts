import { Column, CreateDateColumn, Entity } from 'typeorm';
import { NotPersonal, PersonalData } from '../../../core/privacy/personal-data';
import { CrmOwnedRow, OwnedByCrmRecord } from './crm-owned-row.entity';

/** A postal address of a company, contact or lead. */
@Entity('crm_address')
@OwnedByCrmRecord('crm_address')
export class CrmAddressEntity extends CrmOwnedRow {
  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'varchar', length: 50, default: '' })
  label!: string;

  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'address' })
  @Column({ type: 'varchar', length: 200 })
  line1!: string;

  @PersonalData({ category: 'contact', erase: 'null', mask: 'drop' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  line2!: string | null;

  @PersonalData({ category: 'contact', erase: 'null', mask: 'identifier' })
  @Column({ name: 'postal_code', type: 'varchar', length: 16, nullable: true })
  postalCode!: string | null;

  @PersonalData({ category: 'contact', erase: { value: '' }, mask: 'address' })
  @Column({ type: 'varchar', length: 100 })
  city!: string;

  @NotPersonal('an ISO country code: shared by millions, identifies no one')
  @Column({ type: 'varchar', length: 2, default: 'FR' })
  country!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
