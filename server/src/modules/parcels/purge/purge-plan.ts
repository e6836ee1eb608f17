/** Why a parcel is destroyed. */
export type PurgeReason = 'expired' | 'withdrawn' | 'stale-draft';

/** The cut-offs of one purge run, fixed at its start so that every batch agrees. */
export interface PurgePlan {
  /** Parcels expiring at or before this are expired. */
  now: Date;
  /** Drafts created at or before this were abandoned. */
  draftsBefore: Date;
}

export function planPurge(now: Date, draftHours: number): PurgePlan {
  return { now, draftsBefore: new Date(now.getTime() - draftHours * 3_600_000) };
}

/**
 * Why the purge takes a parcel, or null when it stays: withdrawn at once, expired (sent or not)
 * at its expiry, a draft never sent after `draftHours`. The repository's SQL says the same.
 */
export function purgeReason(
  parcel: { state: 'draft' | 'sent' | 'withdrawn'; expiresAt: Date; createdAt: Date },
  plan: PurgePlan,
): PurgeReason | null {
  if (parcel.state === 'withdrawn') return 'withdrawn';
  if (parcel.expiresAt.getTime() <= plan.now.getTime()) return 'expired';
  if (parcel.state === 'draft' && parcel.createdAt.getTime() <= plan.draftsBefore.getTime()) {
    return 'stale-draft';
  }
  return null;
}

/** What one run did (or, dry, would do). */
export interface PurgeReport {
  dryRun: boolean;
  /** False when another instance held the lock: this run did nothing. */
  ran: boolean;
  parcels: Record<PurgeReason, number>;
  documents: number;
  bytes: number;
  /** Wrapped data keys destroyed, blobs deleted. */
  keysShredded: number;
  blobsDeleted: number;
  /** Temporary files of writes interrupted by a crash. */
  interruptedWrites: number;
  batches: number;
  durationMs: number;
}

export function emptyReport(dryRun: boolean): PurgeReport {
  return {
    dryRun,
    ran: true,
    parcels: { expired: 0, withdrawn: 0, 'stale-draft': 0 },
    documents: 0,
    bytes: 0,
    keysShredded: 0,
    blobsDeleted: 0,
    interruptedWrites: 0,
    batches: 0,
    durationMs: 0,
  };
}

/** One line for logs and the CLI: counts only, no names, subjects or ids. */
export function describePurge(report: PurgeReport): string {
  if (!report.ran) return 'purge: another instance is purging; nothing done';
  const p = report.parcels;
  const total = p.expired + p.withdrawn + p['stale-draft'];
  const verb = report.dryRun ? 'would destroy' : 'destroyed';
  return (
    `purge${report.dryRun ? ' (dry run)' : ''}: ${verb} ${total} parcel(s) ` +
    `(${p.expired} expired, ${p.withdrawn} withdrawn, ${p['stale-draft']} abandoned drafts), ` +
    `${report.documents} document(s), ${report.bytes} bytes; ` +
    `${report.keysShredded} key(s) shredded, ${report.blobsDeleted} blob(s) deleted, ` +
    `${report.interruptedWrites} interrupted write(s) removed, ${report.batches} batch(es), ${report.durationMs} ms`
  );
}
