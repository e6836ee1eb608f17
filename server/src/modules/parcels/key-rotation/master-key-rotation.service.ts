import { Injectable } from '@nestjs/common';
import { DocumentKeys } from '../../../core/crypto/document-keys';
import { JobLocks } from '../../../core/database/job-lock';
import { KeyRotationRepository } from './key-rotation.repository';

/** What a rotation did, and what each master key still wraps afterwards. */
export interface RotationReport {
  /** False when another rotation held the lock: this run did nothing. */
  ran: boolean;
  rewrapped: number;
  /** Keys changed by someone else between the read and the write (a purge): left as they are. */
  skipped: number;
  /** Keys whose master key is not configured (MASTER_KEYS_RETIRED): left as they are. */
  unreadable: number;
  remaining: Record<string, number>;
}

/**
 * Master-key rotation (OPS-5): every document data key wrapped by a retired master key is
 * unwrapped and wrapped again by the current one (`MASTER_KEY`/`MASTER_KEY_ID`); the documents
 * themselves are not touched. In batches ordered by id, each key replaced only if unchanged, under
 * an advisory lock: a run cut short is finished by running it again, and a second run finds
 * nothing to do.
 */
@Injectable()
export class MasterKeyRotation {
  constructor(
    private readonly keys: DocumentKeys,
    private readonly repository: KeyRotationRepository,
    private readonly locks: JobLocks,
  ) {}

  async run(batchSize = 500): Promise<RotationReport> {
    const locked = await this.locks.runExclusive('master-key-rotation', () =>
      this.rewrapAll(batchSize),
    );
    const remaining = await this.repository.countByKeyId();
    return locked.ran
      ? { ...locked.result, ran: true, remaining }
      : { ran: false, rewrapped: 0, skipped: 0, unreadable: 0, remaining };
  }

  private async rewrapAll(batchSize: number) {
    const counts = { rewrapped: 0, skipped: 0, unreadable: 0 };
    const current = this.keys.currentKeyId;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.repository.staleKeys(current, afterId, batchSize);
      if (batch.length === 0) return counts;
      for (const stale of batch) {
        if (!this.keys.canUnwrap(stale.keyId)) {
          counts.unreadable += 1;
          continue;
        }
        const fresh = this.keys.rewrap(stale.documentId, stale);
        if (await this.repository.replace(stale, fresh.keyId, fresh.wrapped)) counts.rewrapped += 1;
        else counts.skipped += 1;
      }
      afterId = batch.at(-1)!.documentId;
    }
  }
}

export function describeRotation(report: RotationReport, currentKeyId: string): string {
  const remaining = Object.entries(report.remaining)
    .map(([id, count]) => `${id}: ${count}`)
    .join(', ');
  if (!report.ran) return 'Another rotation is running: nothing done.';
  const others = Object.entries(report.remaining).filter(([id]) => id !== currentKeyId);
  return [
    `Re-wrapped ${report.rewrapped} document key(s) under "${currentKeyId}"` +
      (report.skipped ? `, ${report.skipped} changed meanwhile` : '') +
      (report.unreadable ? `, ${report.unreadable} under an unknown master key` : '') +
      '.',
    `Document keys by master key: ${remaining || 'none'}.`,
    others.length === 0
      ? 'Done: no document key needs a retired master key any more.'
      : 'Not done: keys remain under other master keys (set them in MASTER_KEYS_RETIRED and run again).',
  ].join('\n');
}
