import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';
import { NotPersonal } from '../../../core/privacy/personal-data';

/** A workspace's limits for parcels; a workspace without a row has the defaults. */
@Entity('parcel_settings')
export class ParcelSettingsEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_parcel_settings',
  })
  workspaceId!: string;

  @OneToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_parcel_settings_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'max_file_bytes', type: 'bigint' })
  maxFileBytes!: string;

  @Column({ name: 'max_parcel_bytes', type: 'bigint' })
  maxParcelBytes!: string;

  @Column({ name: 'default_expiry_days', type: 'integer' })
  defaultExpiryDays!: number;

  @Column({ name: 'max_expiry_days', type: 'integer' })
  maxExpiryDays!: number;

  @NotPersonal('media types a workspace allows')
  @Column({ name: 'allowed_types', type: 'text', array: true, default: () => "'{}'" })
  allowedTypes!: string[];

  @NotPersonal('media types a workspace refuses')
  @Column({ name: 'denied_types', type: 'text', array: true, default: () => "'{}'" })
  deniedTypes!: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
