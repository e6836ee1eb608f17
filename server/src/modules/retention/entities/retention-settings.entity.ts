import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from '../../workspaces/entities/workspace.entity';

/** A workspace's retention periods (GDPR-5); a workspace without a row has the CNIL defaults. */
@Entity('retention_settings')
export class RetentionSettingsEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_retention_settings',
  })
  workspaceId!: string;

  @OneToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'FK_retention_settings_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ name: 'inactive_client_months', type: 'integer' })
  inactiveClientMonths!: number;

  @Column({ name: 'audit_ip_months', type: 'integer' })
  auditIpMonths!: number;

  @Column({ name: 'lead_months', type: 'integer' })
  leadMonths!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
