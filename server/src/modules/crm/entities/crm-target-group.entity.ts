import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { CrmCriteria, CrmTargetEntity } from '@guichet/contracts';
import { ErasedWith, NotPersonal } from '../../../core/privacy/personal-data';
import { AccountEntity } from '../../accounts/entities/account.entity';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';

/** A target group ("liste cible"): saved criteria; its members are computed when listed. */
@Entity('crm_target_group')
@Index('IDX_crm_target_group_workspace', ['workspaceId', 'name'])
export class CrmTargetGroupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_crm_target_group' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_crm_target_group_workspace' })
  workspace?: WorkspaceEntity;

  @NotPersonal('a name the firm gives to a marketing list')
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @NotPersonal('company, contact, lead or third-party')
  @Column({ type: 'varchar', length: 16 })
  entity!: CrmTargetEntity;

  @NotPersonal('search criteria of a marketing list (cities, statuses), about no one in particular')
  @Column({ type: 'jsonb', default: {} })
  criteria!: CrmCriteria;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ErasedWith('detach')
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_crm_target_group_created_by' })
  creator?: AccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
