import { Injectable } from '@nestjs/common';
import type { CrmCompanyDetail, CrmCompanyRequest } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import type { CrmActor } from '../crm-actor';
import { crmNotFound } from '../crm-actor';
import { CrmSearchRepository } from '../search/crm-search.repository';
import { CrmSubRecordRepository } from '../sub-records/crm-sub-record.repository';
import { CrmRecordRepository } from './crm-record.repository';

/** Every contact of a company fits on its page. */
const CONTACTS_SHOWN = 500;

/** Companies of the CRM: create, read with everything hanging off it, rename. */
@Injectable()
export class CrmCompanies {
  constructor(
    private readonly records: CrmRecordRepository,
    private readonly subRecords: CrmSubRecordRepository,
    private readonly search: CrmSearchRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(actor: CrmActor, request: CrmCompanyRequest): Promise<CrmCompanyDetail> {
    const id = await this.records.insertCompany(actor.workspaceId, {
      name: request.name,
      erpReference: null,
    });
    return this.detail(actor, id);
  }

  async detail(actor: CrmActor, id: string): Promise<CrmCompanyDetail> {
    const company = await this.records.company(actor.workspaceId, id);
    if (!company) throw crmNotFound();
    const owner = { workspaceId: actor.workspaceId, kind: 'company' as const, id };
    const contacts = await this.search.contacts({
      workspaceId: actor.workspaceId,
      entity: 'contact',
      criteria: { companyId: id },
      excludeOptedOut: false,
      offset: 0,
      limit: CONTACTS_SHOWN,
    });
    return {
      ...company,
      createdAt: company.createdAt.toISOString(),
      updatedAt: company.updatedAt.toISOString(),
      contacts: contacts.items,
      ...(await this.subRecords.all(owner)),
    };
  }

  async update(
    actor: CrmActor,
    id: string,
    request: Partial<CrmCompanyRequest>,
  ): Promise<CrmCompanyDetail> {
    await this.transactions.run(async () => {
      const company = await this.records.company(actor.workspaceId, id);
      if (!company) throw crmNotFound();
      await this.records.updateCompany(actor.workspaceId, id, {
        name: request.name ?? company.name,
      });
    });
    return this.detail(actor, id);
  }
}
