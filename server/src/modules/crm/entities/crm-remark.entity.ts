import { Column, CreateDateColumn, UpdateDateColumn, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { ErasedWith, PersonalData } from '../../../core/privacy/personal-data';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { CrmOwnedRow, OwnedByCrmRecord } from './crm-owned-row.entity';

/** A free-text remark ("zone bloc-notes"); GDPR-7 warns before saving sensitive words. */
@Entity('crm_remark')
@OwnedByCrmRecord('crm_remark')
export class CrmRemarkEntity extends CrmOwnedRow {
  @PersonalData({ category: 'free-text', erase: { value: '' }, mask: 'drop' })
  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_crm_remark_author' })
  author?: AccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
