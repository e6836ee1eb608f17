import { Injectable } from '@nestjs/common';
import type { MarketingOptOut, MarketingOptOutSource } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { crmNotFound } from '../crm-actor';
import type { CrmOwner } from '../crm-owner';
import { ErpOptOutEvents } from '../erp/erp-opt-out-events';
import { CrmRecordRepository } from '../records/crm-record.repository';

/** Who changes an opt-out: a user (`self`), the ERP or an import. */
export interface OptOutAuthor {
  source: Exclude<MarketingOptOutSource, 'company'>;
  accountId: string | null;
}

/**
 * "Exclure des traitements à des fins marketing" (GDPR-1). A company's opt-out is copied onto its
 * contacts with source `company`; lifting it lifts only those copies, never a contact's own. A
 * change on a third party made in Guichet is sent to the ERP; one made by the ERP is not echoed.
 */
@Injectable()
export class MarketingOptOuts {
  constructor(
    private readonly records: CrmRecordRepository,
    private readonly transactions: Transactions,
    private readonly erp: ErpOptOutEvents,
  ) {}

  /** Sets or lifts the record's opt-out; answers it as it now is. */
  change(
    owner: CrmOwner,
    optedOut: boolean,
    author: OptOutAuthor,
  ): Promise<MarketingOptOut | null> {
    return this.transactions.run(async () => {
      if (!(await this.records.exists(owner, true))) throw crmNotFound();
      const current = await this.current(owner);
      // A contact opting out on its own keeps it when the company lifts its own: own it now.
      const unchanged = optedOut
        ? current !== null && current.source !== 'company'
        : current === null;
      if (unchanged) return current;
      const change = optedOut
        ? { source: author.source, at: new Date(), by: author.accountId }
        : null;
      await this.records.setOptOut(owner, change);
      if (owner.kind === 'company') await this.spread(owner, change, author);
      return this.current(owner);
    });
  }

  /**
   * A contact created in, or moved to, a company (or out of one): it takes the company's opt-out
   * as a `company` copy, or loses such a copy; its own opt-out stays as it is.
   */
  async followCompany(
    workspaceId: string,
    contactId: string,
    companyId: string | null,
  ): Promise<void> {
    const contact: CrmOwner = { workspaceId, kind: 'contact', id: contactId };
    const own = await this.current(contact);
    if (own && own.source !== 'company') return;
    const company = companyId ? await this.records.company(workspaceId, companyId) : null;
    const copy = company?.marketingOptOut;
    await this.records.setOptOut(
      contact,
      copy ? { source: 'company', at: new Date(copy.at), by: copy.by?.id ?? null } : null,
    );
  }

  private async spread(
    company: CrmOwner,
    change: Parameters<CrmRecordRepository['setOptOut']>[1],
    author: OptOutAuthor,
  ): Promise<void> {
    if (change) await this.records.cascadeOptOutToContacts(company.workspaceId, company.id, change);
    else await this.records.liftCascadedOptOuts(company.workspaceId, company.id);
    const record = await this.records.company(company.workspaceId, company.id);
    if (record?.erpReference && author.source !== 'erp') {
      await this.erp.changed(company.workspaceId, record.erpReference, record.marketingOptOut);
    }
  }

  private async current(owner: CrmOwner): Promise<MarketingOptOut | null> {
    const read = {
      company: () => this.records.company(owner.workspaceId, owner.id),
      contact: () => this.records.contact(owner.workspaceId, owner.id),
      lead: () => this.records.lead(owner.workspaceId, owner.id),
    }[owner.kind];
    return (await read())?.marketingOptOut ?? null;
  }
}
