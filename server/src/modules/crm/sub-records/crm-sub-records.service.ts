import { Injectable } from '@nestjs/common';
import { Transactions } from '../../../core/database/transactions';
import { type CrmActor, crmNotFound } from '../crm-actor';
import type { CrmOwner } from '../crm-owner';
import { CrmRecordRepository } from '../records/crm-record.repository';
import {
  CrmSubRecordRepository,
  type SubRecordKind,
  type SubRecordViews,
} from './crm-sub-record.repository';
import { type SubRecordRequests, subRecordValues } from './sub-record-values';

/**
 * Addresses, phones, e-mails, remarks, communications and opportunities of a company, contact
 * or lead, always reached through an owner of the caller's workspace (else 404).
 */
@Injectable()
export class CrmSubRecords {
  constructor(
    private readonly records: CrmRecordRepository,
    private readonly subRecords: CrmSubRecordRepository,
    private readonly transactions: Transactions,
  ) {}

  add<K extends SubRecordKind>(
    actor: CrmActor,
    owner: CrmOwner,
    kind: K,
    request: SubRecordRequests[K],
  ): Promise<SubRecordViews[K]> {
    const values = subRecordValues(actor, kind, request, new Date());
    return this.transactions.run(async () => {
      if (!(await this.records.exists(owner))) throw crmNotFound();
      const id = await this.subRecords.add(owner, kind, values);
      return (await this.subRecords.one(owner, kind, id))!;
    });
  }

  replace<K extends SubRecordKind>(
    actor: CrmActor,
    owner: CrmOwner,
    kind: K,
    id: string,
    request: SubRecordRequests[K],
  ): Promise<SubRecordViews[K]> {
    const values = subRecordValues(actor, kind, request, new Date());
    return this.transactions.run(async () => {
      if (!(await this.subRecords.replace(owner, kind, id, values))) throw crmNotFound();
      return (await this.subRecords.one(owner, kind, id))!;
    });
  }

  async remove(owner: CrmOwner, kind: SubRecordKind, id: string): Promise<void> {
    if (!(await this.subRecords.remove(owner, kind, id))) throw crmNotFound();
  }
}
