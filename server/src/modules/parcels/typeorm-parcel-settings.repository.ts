import { Injectable } from '@nestjs/common';
import type { ParcelSettings } from '@guichet/contracts';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { ParcelSettingsEntity } from './entities/parcel-settings.entity';
import { ParcelSettingsRepository } from './parcel-settings.repository';

@Injectable()
export class TypeOrmParcelSettingsRepository extends ParcelSettingsRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async find(workspaceId: string): Promise<ParcelSettings | null> {
    const row = await this.rows().findOneBy({ workspaceId });
    if (!row) return null;
    return {
      maxFileBytes: Number(row.maxFileBytes),
      maxParcelBytes: Number(row.maxParcelBytes),
      defaultExpiryDays: row.defaultExpiryDays,
      maxExpiryDays: row.maxExpiryDays,
      allowedTypes: row.allowedTypes,
      deniedTypes: row.deniedTypes,
    };
  }

  async save(workspaceId: string, settings: ParcelSettings): Promise<void> {
    await this.rows().upsert(
      {
        workspaceId,
        ...settings,
        maxFileBytes: String(settings.maxFileBytes),
        maxParcelBytes: String(settings.maxParcelBytes),
      },
      ['workspaceId'],
    );
  }

  private rows() {
    return this.context.manager().getRepository(ParcelSettingsEntity);
  }
}
