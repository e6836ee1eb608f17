import { Injectable } from '@nestjs/common';
import {
  type ParcelDetail,
  type ParcelOptions,
  type ParcelPage,
  type ParcelRecipientOption,
  type PersonRef,
  Role,
} from '@guichet/contracts';
import { AccountDirectory } from '../accounts/account-directory';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import { decodeIdCursor, encodeIdCursor } from '../../core/http/id-cursor';
import { ParcelAccess } from './parcel-access';
import type { ParcelActor } from './parcel-actor';
import { invalidField } from './parcel-errors';
import type { Parcel } from './parcel';
import { ParcelRepository } from './parcel.repository';
import { ParcelSettingsService } from './parcel-settings.service';
import { toParcelDetail, toParcelSummary } from './parcel-views';

/** Parcels per page of the lists. */
export const PARCEL_PAGE_SIZE = 25;
const MAX_SEARCH_WORDS = 8;
const RECIPIENT_OPTIONS = 20;

/** Reading parcels: the page (recording a recipient's first opening), the lists, the send page's needs. */
@Injectable()
export class ParcelReading {
  constructor(
    private readonly access: ParcelAccess,
    private readonly parcels: ParcelRepository,
    private readonly accounts: Accounts,
    private readonly directory: AccountDirectory,
    private readonly settings: ParcelSettingsService,
  ) {}

  async detail(actor: ParcelActor, parcelId: string): Promise<ParcelDetail> {
    const { parcel, role } = await this.access.readable(actor, parcelId);
    if (role === 'recipient') await this.parcels.markOpened(parcel.id, actor.accountId);
    return this.describe(parcel, role);
  }

  /** The page as its sender or a recipient sees it, as of now. */
  async describe(parcel: Parcel, role: 'sender' | 'recipient'): Promise<ParcelDetail> {
    const [recipients, documents, downloads] = await Promise.all([
      this.parcels.recipients(parcel.id),
      this.parcels.documents(parcel.id),
      role === 'sender' ? this.parcels.downloads(parcel.id) : Promise.resolve([]),
    ]);
    const names = await this.accounts.namesOf(parcel.workspaceId, [
      parcel.senderId,
      ...recipients.map((r) => r.accountId),
    ]);
    return toParcelDetail({ parcel, role, recipients, documents, downloads, names });
  }

  async list(
    actor: ParcelActor,
    box: 'received' | 'sent',
    query: { search?: string; cursor?: string },
  ): Promise<ParcelPage> {
    const words = (query.search ?? '').split(/\s+/).filter((word) => word !== '');
    if (words.length > MAX_SEARCH_WORDS) throw invalidField('search', 'tooManyWords');
    let after: string | undefined;
    if (query.cursor !== undefined) {
      after = decodeIdCursor(query.cursor) ?? undefined;
      if (!after) throw invalidField('cursor', 'invalidCursor');
    }
    const page = await this.parcels.list({
      workspaceId: actor.workspaceId,
      accountId: actor.accountId,
      box,
      words,
      after,
      limit: PARCEL_PAGE_SIZE,
    });
    if (!page) throw invalidField('cursor', 'invalidCursor');
    const names = await this.accounts.namesOf(
      actor.workspaceId,
      page.rows.flatMap((row) => [row.senderId, ...row.recipientIds]),
    );
    return {
      items: page.rows.map((row) => toParcelSummary(row, names)),
      nextCursor: page.next && encodeIdCursor(page.next),
    };
  }

  async options(actor: ParcelActor): Promise<ParcelOptions> {
    const settings = await this.settings.of(actor.workspaceId);
    return {
      maxFileBytes: settings.maxFileBytes,
      maxParcelBytes: settings.maxParcelBytes,
      defaultExpiryDays: settings.defaultExpiryDays,
      maxExpiryDays: settings.maxExpiryDays,
      accountManager: actor.role === Role.Client ? await this.managerOf(actor) : null,
    };
  }

  /** The account manager of a client, who receives their parcels; null when none is assigned. */
  async managerOf(
    actor: Pick<ParcelActor, 'workspaceId' | 'accountId'>,
  ): Promise<PersonRef | null> {
    const entry = await this.directory.entry(actor.workspaceId, actor.accountId);
    const manager = entry?.accountManager;
    return manager ? { id: manager.id, name: displayName(manager) } : null;
  }

  /** Clients a member of staff may send to, matching the words typed (names, access code, e-mail). */
  async recipientOptions(actor: ParcelActor, search = ''): Promise<ParcelRecipientOption[]> {
    const words = search.split(/\s+/).filter((word) => word !== '');
    if (words.length > MAX_SEARCH_WORDS) throw invalidField('search', 'tooManyWords');
    const page = await this.directory.search({
      workspaceId: actor.workspaceId,
      words,
      role: Role.Client,
      limit: RECIPIENT_OPTIONS,
    });
    return (page?.entries ?? []).map((entry) => ({
      id: entry.id,
      name: displayName(entry),
      accessCode: entry.accessCode,
      withoutEmail: entry.email === null,
    }));
  }
}
