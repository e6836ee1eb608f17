import { Injectable } from '@nestjs/common';
import type { CrmPreferences } from '@guichet/contracts';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { CrmPreferenceEntity } from '../entities/crm-preference.entity';
import { CrmPreferenceRepository } from './crm-preference.repository';

@Injectable()
export class TypeOrmCrmPreferenceRepository extends CrmPreferenceRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async find(accountId: string): Promise<CrmPreferences | null> {
    const row = await this.preferences().findOneBy({ accountId });
    return row && { excludeMarketingOptOut: row.excludeMarketingOptOut };
  }

  async save(accountId: string, preferences: CrmPreferences): Promise<void> {
    await this.preferences().upsert({ accountId, ...preferences }, ['accountId']);
  }

  private preferences() {
    return this.context.manager().getRepository(CrmPreferenceEntity);
  }
}
