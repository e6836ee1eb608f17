import { Injectable } from '@nestjs/common';
import type { CrmLeadDetail, CrmLeadRequest } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { type CrmActor, crmNotFound } from '../crm-actor';
import { CrmSubRecordRepository } from '../sub-records/crm-sub-record.repository';
import { CrmRecordRepository } from './crm-record.repository';
import type { LeadRecord, LeadValues } from './crm-records';

/** Leads: prospects not yet tied to a company of the CRM. */
@Injectable()
export class CrmLeads {
  constructor(
    private readonly records: CrmRecordRepository,
    private readonly subRecords: CrmSubRecordRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(actor: CrmActor, request: CrmLeadRequest): Promise<CrmLeadDetail> {
    const id = await this.records.insertLead(actor.workspaceId, valuesOf(request, null));
    return this.detail(actor, id);
  }

  async detail(actor: CrmActor, id: string): Promise<CrmLeadDetail> {
    const lead = await this.records.lead(actor.workspaceId, id);
    if (!lead) throw crmNotFound();
    return {
      ...lead,
      createdAt: lead.createdAt.toISOString(),
      updatedAt: lead.updatedAt.toISOString(),
      ...(await this.subRecords.all({ workspaceId: actor.workspaceId, kind: 'lead', id })),
    };
  }

  async update(
    actor: CrmActor,
    id: string,
    request: Partial<CrmLeadRequest>,
  ): Promise<CrmLeadDetail> {
    await this.transactions.run(async () => {
      const lead = await this.records.lead(actor.workspaceId, id);
      if (!lead) throw crmNotFound();
      await this.records.updateLead(actor.workspaceId, id, valuesOf(request, lead));
    });
    return this.detail(actor, id);
  }
}

function valuesOf(request: Partial<CrmLeadRequest>, stored: LeadRecord | null): LeadValues {
  const pick = <K extends keyof LeadValues>(key: K, fallback: LeadValues[K]): LeadValues[K] =>
    (request[key] === undefined ? (stored?.[key] ?? fallback) : request[key]) as LeadValues[K];
  return {
    civility: pick('civility', null),
    firstName: pick('firstName', null),
    lastName: pick('lastName', ''),
    jobTitle: pick('jobTitle', null),
    companyName: pick('companyName', null),
    status: pick('status', 'new'),
  };
}
