import { Injectable } from '@nestjs/common';
import type { CrmContactDetail, CrmContactRequest } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { type CrmActor, crmNotFound } from '../crm-actor';
import { MarketingOptOuts } from '../opt-out/marketing-opt-outs.service';
import { CrmSubRecordRepository } from '../sub-records/crm-sub-record.repository';
import { CrmRecordRepository } from './crm-record.repository';
import type { ContactRecord, ContactValues } from './crm-records';

/** Contacts: people, usually of a company whose opt-out they follow (GDPR-1). */
@Injectable()
export class CrmContacts {
  constructor(
    private readonly records: CrmRecordRepository,
    private readonly subRecords: CrmSubRecordRepository,
    private readonly optOuts: MarketingOptOuts,
    private readonly transactions: Transactions,
  ) {}

  async create(actor: CrmActor, request: CrmContactRequest): Promise<CrmContactDetail> {
    const id = await this.transactions.run(async () => {
      const values = await this.values(actor, request, null);
      const id = await this.records.insertContact(actor.workspaceId, values);
      if (values.companyId)
        await this.optOuts.followCompany(actor.workspaceId, id, values.companyId);
      return id;
    });
    return this.detail(actor, id);
  }

  async detail(actor: CrmActor, id: string): Promise<CrmContactDetail> {
    const contact = await this.records.contact(actor.workspaceId, id);
    if (!contact) throw crmNotFound();
    return {
      ...contact,
      createdAt: contact.createdAt.toISOString(),
      updatedAt: contact.updatedAt.toISOString(),
      ...(await this.subRecords.all({ workspaceId: actor.workspaceId, kind: 'contact', id })),
    };
  }

  async update(
    actor: CrmActor,
    id: string,
    request: Partial<CrmContactRequest>,
  ): Promise<CrmContactDetail> {
    await this.transactions.run(async () => {
      const contact = await this.records.contact(actor.workspaceId, id);
      if (!contact) throw crmNotFound();
      const values = await this.values(actor, request, contact);
      await this.records.updateContact(actor.workspaceId, id, values);
      if (values.companyId !== (contact.company?.id ?? null)) {
        await this.optOuts.followCompany(actor.workspaceId, id, values.companyId);
      }
    });
    return this.detail(actor, id);
  }

  /** The request over what is stored; a company of another workspace is as unknown as none. */
  private async values(
    actor: CrmActor,
    request: Partial<CrmContactRequest>,
    stored: ContactRecord | null,
  ): Promise<ContactValues> {
    const companyId =
      request.companyId === undefined ? (stored?.company?.id ?? null) : request.companyId;
    if (companyId && companyId !== stored?.company?.id) {
      if (!(await this.records.company(actor.workspaceId, companyId))) throw crmNotFound();
    }
    return {
      civility: request.civility === undefined ? (stored?.civility ?? null) : request.civility,
      firstName: request.firstName === undefined ? (stored?.firstName ?? null) : request.firstName,
      lastName: request.lastName ?? stored?.lastName ?? '',
      jobTitle: request.jobTitle === undefined ? (stored?.jobTitle ?? null) : request.jobTitle,
      companyId,
    };
  }
}
