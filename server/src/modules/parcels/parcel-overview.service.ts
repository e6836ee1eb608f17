import { Injectable } from '@nestjs/common';
import type { ParcelOverview } from '@guichet/contracts';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import { ParcelRepository } from './parcel.repository';

/** Clients without a manager listed on the overview, at most. */
const LISTED_CLIENTS = 100;

/** The admin's view of the firm's parcels: how many in each state, bytes stored, who cannot send. */
@Injectable()
export class ParcelOverviewService {
  constructor(
    private readonly parcels: ParcelRepository,
    private readonly accounts: Accounts,
  ) {}

  async of(workspaceId: string): Promise<ParcelOverview> {
    const [counts, clients] = await Promise.all([
      this.parcels.counts(workspaceId),
      this.accounts.clientsWithoutManager(workspaceId, LISTED_CLIENTS),
    ]);
    const { storedBytes, ...byState } = counts;
    return {
      counts: byState,
      storedBytes,
      clientsWithoutManager: clients.map((c) => ({ id: c.id, name: displayName(c) })),
    };
  }
}
