import { Injectable } from '@nestjs/common';
import type { CrmCriteria, CrmPage, CrmTargetEntity, CrmTargetMember } from '@guichet/contracts';
import type { CrmActor } from '../crm-actor';
import { csvLine } from './csv';
import { CRM_PAGE_SIZE } from './crm-lists.service';
import { CrmSearchRepository } from './crm-search.repository';

/** Rows read per query while exporting. */
const EXPORT_BATCH = 1_000;

export const EXPORT_COLUMNS = ['entity', 'id', 'name', 'email', 'phone', 'city'] as const;

/**
 * Who a marketing action may reach: target-group members and marketing exports. Opted-out
 * records are always left out here, whatever a screen's filter says (GDPR-1, GDPR art. 21).
 */
@Injectable()
export class MarketingAudience {
  constructor(private readonly search: CrmSearchRepository) {}

  async page(
    actor: CrmActor,
    entity: CrmTargetEntity,
    criteria: CrmCriteria,
    page: number,
  ): Promise<CrmPage<CrmTargetMember>> {
    const found = await this.search.members({
      workspaceId: actor.workspaceId,
      entity,
      criteria,
      excludeOptedOut: true,
      offset: (page - 1) * CRM_PAGE_SIZE,
      limit: CRM_PAGE_SIZE,
    });
    return { ...found, page, pageSize: CRM_PAGE_SIZE, excludedMarketingOptOut: true };
  }

  /** The whole audience as CSV lines, header first, read in batches. */
  async *csv(
    actor: CrmActor,
    entity: CrmTargetEntity,
    criteria: CrmCriteria,
  ): AsyncGenerator<string> {
    yield csvLine(EXPORT_COLUMNS);
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const { items } = await this.search.members({
        workspaceId: actor.workspaceId,
        entity,
        criteria,
        excludeOptedOut: true,
        offset,
        limit: EXPORT_BATCH,
      });
      for (const m of items) yield csvLine([m.entity, m.id, m.name, m.email, m.phone, m.city]);
      if (items.length < EXPORT_BATCH) return;
    }
  }
}
