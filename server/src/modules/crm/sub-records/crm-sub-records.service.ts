import { Injectable } from '@nestjs/common';
import { GdprErrorCode } from '@guichet/contracts';
import { Transactions } from '../../../core/database/transactions';
import { AppError } from '../../../core/http/app-error';
import { Tombstones } from '../../gdpr/tombstones/tombstones';
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
    private readonly tombstones: Tombstones,
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
      await this.refuseErased(actor, values);
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
      await this.refuseErased(actor, values);
      if (!(await this.subRecords.replace(owner, kind, id, values))) throw crmNotFound();
      return (await this.subRecords.one(owner, kind, id))!;
    });
  }

  /**
   * GDPR-2: an e-mail or phone of a person erased from the workspace is not recorded again
   * silently; only that person's new request can bring it back (then through their new record).
   */
  private async refuseErased(actor: CrmActor, values: object): Promise<void> {
    const { address, number } = values as { address?: unknown; number?: unknown };
    const contact = {
      email: typeof address === 'string' ? address : null,
      phone: typeof number === 'string' ? number : null,
    };
    if (!contact.email && !contact.phone) return;
    const erased = await this.tombstones.erasedBefore(actor.workspaceId, contact);
    if (erased) {
      throw new AppError(
        GdprErrorCode.ErasedBefore,
        `This ${contact.email ? 'e-mail address' : 'phone number'} belongs to a person erased ` +
          `at their request on ${erased.erasedAt.toISOString().slice(0, 10)}: it is not recorded again`,
      );
    }
  }

  async remove(owner: CrmOwner, kind: SubRecordKind, id: string): Promise<void> {
    if (!(await this.subRecords.remove(owner, kind, id))) throw crmNotFound();
  }
}
