import { Injectable } from '@nestjs/common';
import type { ErpThirdParty, ErpThirdPartyRequest } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { crmNotFound } from '../crm-actor';
import { MarketingOptOuts } from '../opt-out/marketing-opt-outs.service';
import { CrmRecordRepository } from '../records/crm-record.repository';
import type { CompanyRecord } from '../records/crm-records';

const ERP_AUTHOR = { source: 'erp', accountId: null } as const;

const toThirdParty = (company: CompanyRecord): ErpThirdParty => ({
  reference: company.erpReference!,
  companyId: company.id,
  name: company.name,
  marketingOptOut: company.marketingOptOut !== null,
  updatedAt: company.updatedAt.toISOString(),
});

/**
 * The ERP's side of the sync (GDPR-1), through the integration API: it creates and updates its
 * third parties and sets or lifts their opt-out, with provenance `erp` (and no event back).
 */
@Injectable()
export class ErpSync {
  constructor(
    private readonly records: CrmRecordRepository,
    private readonly optOuts: MarketingOptOuts,
    private readonly transactions: Transactions,
  ) {}

  async get(workspaceId: string, reference: string): Promise<ErpThirdParty> {
    const company = await this.records.companyByErpReference(workspaceId, reference);
    if (!company) throw crmNotFound();
    return toThirdParty(company);
  }

  /** Creates or updates the third party; says whether it was created. */
  upsert(
    workspaceId: string,
    reference: string,
    request: ErpThirdPartyRequest,
  ): Promise<{ created: boolean; thirdParty: ErpThirdParty }> {
    return this.transactions.run(async () => {
      await this.records.lockErpReference(workspaceId, reference);
      const existing = await this.records.companyByErpReference(workspaceId, reference);
      const id = existing
        ? existing.id
        : await this.records.insertCompany(workspaceId, {
            name: request.name,
            erpReference: reference,
          });
      if (existing) await this.records.updateCompany(workspaceId, id, { name: request.name });
      if (request.marketingOptOut !== undefined) {
        await this.optOuts.change(
          { workspaceId, kind: 'company', id },
          request.marketingOptOut,
          ERP_AUTHOR,
        );
      }
      return { created: !existing, thirdParty: await this.get(workspaceId, reference) };
    });
  }

  setOptOut(workspaceId: string, reference: string, optedOut: boolean): Promise<ErpThirdParty> {
    return this.transactions.run(async () => {
      const company = await this.records.companyByErpReference(workspaceId, reference);
      if (!company) throw crmNotFound();
      await this.optOuts.change(
        { workspaceId, kind: 'company', id: company.id },
        optedOut,
        ERP_AUTHOR,
      );
      return this.get(workspaceId, reference);
    });
  }
}
