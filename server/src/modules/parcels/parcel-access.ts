import { Injectable } from '@nestjs/common';
import type { ParcelActor } from './parcel-actor';
import { parcelNotFound, wrongState } from './parcel-errors';
import { type Parcel, visibleState } from './parcel';
import { ParcelRepository } from './parcel.repository';

/** A parcel the caller may read, and in which role. */
export interface ReadableParcel {
  parcel: Parcel;
  role: 'sender' | 'recipient';
}

/**
 * Who may see a parcel (PARCEL-4, PARCEL-7): its sender (a draft too) and, once sent, its
 * recipients; nobody once it is withdrawn or expired, even before the purge. Every other case
 * (another client, another firm, an unknown id) answers the same 404.
 */
@Injectable()
export class ParcelAccess {
  constructor(private readonly parcels: ParcelRepository) {}

  async readable(actor: ParcelActor, parcelId: string): Promise<ReadableParcel> {
    const parcel = await this.parcels.find(actor.workspaceId, parcelId);
    if (!parcel || !isLive(parcel)) throw parcelNotFound();
    if (parcel.senderId === actor.accountId) return { parcel, role: 'sender' };
    if (parcel.state === 'sent') {
      const recipients = await this.parcels.recipients(parcel.id);
      if (recipients.some((r) => r.accountId === actor.accountId)) {
        return { parcel, role: 'recipient' };
      }
    }
    throw parcelNotFound();
  }

  /** The caller's own live parcel, locked for the transaction in progress. */
  async ownLocked(actor: ParcelActor, parcelId: string): Promise<Parcel> {
    const parcel = await this.parcels.lock(actor.workspaceId, parcelId);
    if (!parcel || !isLive(parcel) || parcel.senderId !== actor.accountId) throw parcelNotFound();
    return parcel;
  }

  /** The caller's own draft, locked; a parcel already sent answers 409. */
  async ownDraft(actor: ParcelActor, parcelId: string): Promise<Parcel> {
    const parcel = await this.ownLocked(actor, parcelId);
    if (parcel.state !== 'draft') throw wrongState('The parcel is no longer a draft');
    return parcel;
  }
}

function isLive(parcel: Parcel): boolean {
  const state = visibleState(parcel);
  return state === 'draft' || state === 'sent';
}
