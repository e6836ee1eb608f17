import { Injectable } from '@nestjs/common';
import type { RetentionSettings } from '@guichet/contracts';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { RetentionSettingsEntity } from './entities/retention-settings.entity';
import { RetentionSettingsRepository } from './retention-settings.repository';

interface SettingsRow {
  workspace_id: string;
  inactive_client_months: number | null;
  audit_ip_months: number | null;
  lead_months: number | null;
}

@Injectable()
export class TypeOrmRetentionSettingsRepository extends RetentionSettingsRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async find(workspaceId: string): Promise<RetentionSettings | null> {
    const row = await this.rows().findOneBy({ workspaceId });
    if (!row) return null;
    const { inactiveClientMonths, auditIpMonths, leadMonths } = row;
    return { inactiveClientMonths, auditIpMonths, leadMonths };
  }

  async findAll(): Promise<{ workspaceId: string; settings: RetentionSettings | null }[]> {
    const rows = (await this.context.manager().query(
      `SELECT w.id AS workspace_id, r.inactive_client_months, r.audit_ip_months, r.lead_months
         FROM workspace w LEFT JOIN retention_settings r ON r.workspace_id = w.id
        ORDER BY w.id`,
    )) as SettingsRow[];
    return rows.map((row) => ({
      workspaceId: row.workspace_id,
      settings:
        row.inactive_client_months === null
          ? null
          : {
              inactiveClientMonths: row.inactive_client_months,
              auditIpMonths: row.audit_ip_months!,
              leadMonths: row.lead_months!,
            },
    }));
  }

  async save(workspaceId: string, settings: RetentionSettings): Promise<void> {
    await this.rows().upsert({ workspaceId, ...settings }, ['workspaceId']);
  }

  private rows() {
    return this.context.manager().getRepository(RetentionSettingsEntity);
  }
}
