import { Injectable } from '@nestjs/common';
import type {
  CrmCompanySummary,
  CrmContactSummary,
  CrmLeadSummary,
  CrmListQuery,
  CrmPage,
  CrmTargetEntity,
} from '@guichet/contracts';
import type { CrmActor } from '../crm-actor';
import { CrmPreferencesService } from './crm-preferences.service';
import { type CrmSearch, CrmSearchRepository, type Found } from './crm-search.repository';

export const CRM_PAGE_SIZE = 50;

/**
 * The CRM lists and advanced search. Whether opted-out records are left out is the request's
 * `excludeMarketingOptOut`, or else the user's preference (GDPR-1).
 */
@Injectable()
export class CrmLists {
  constructor(
    private readonly search: CrmSearchRepository,
    private readonly preferences: CrmPreferencesService,
  ) {}

  companies(actor: CrmActor, query: CrmListQuery): Promise<CrmPage<CrmCompanySummary>> {
    return this.page(actor, 'company', query, (search) => this.search.companies(search));
  }

  thirdParties(actor: CrmActor, query: CrmListQuery): Promise<CrmPage<CrmCompanySummary>> {
    return this.page(actor, 'third-party', query, (search) => this.search.companies(search));
  }

  contacts(actor: CrmActor, query: CrmListQuery): Promise<CrmPage<CrmContactSummary>> {
    return this.page(actor, 'contact', query, (search) => this.search.contacts(search));
  }

  leads(actor: CrmActor, query: CrmListQuery): Promise<CrmPage<CrmLeadSummary>> {
    return this.page(actor, 'lead', query, (search) => this.search.leads(search));
  }

  private async page<T>(
    actor: CrmActor,
    entity: CrmTargetEntity,
    { excludeMarketingOptOut, page = 1, ...criteria }: CrmListQuery,
    find: (search: CrmSearch) => Promise<Found<T>>,
  ): Promise<CrmPage<T>> {
    const exclude =
      excludeMarketingOptOut ?? (await this.preferences.of(actor)).excludeMarketingOptOut;
    const found = await find({
      workspaceId: actor.workspaceId,
      entity,
      criteria,
      excludeOptedOut: exclude,
      offset: (page - 1) * CRM_PAGE_SIZE,
      limit: CRM_PAGE_SIZE,
    });
    return { ...found, page, pageSize: CRM_PAGE_SIZE, excludedMarketingOptOut: exclude };
  }
}
