import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditEventKind } from '@guichet/contracts';
import { parcelsConfig, type ParcelsConfig } from '../../../core/config/parcels.config';
import { JobLocks } from '../../../core/database/job-lock';
import { Transactions } from '../../../core/database/transactions';
import { MetricsService } from '../../../core/metrics/metrics.service';
import { BlobStore } from '../../../core/storage/blob-store';
import { AuditLog } from '../../audit/audit-log';
import { emptyReport, planPurge, type PurgePlan, type PurgeReport } from './purge-plan';
import { type DoomedBlob, PurgeRepository } from './purge.repository';

/** Temporary files older than this belong to a write that will never finish. */
const INTERRUPTED_WRITE_MS = 24 * 3_600_000;

/**
 * The purge (PARCEL-7): withdrawn, expired and abandoned parcels are destroyed in batches, each in
 * three steps — wrapped keys (after which the documents are unreadable for good), then blobs,
 * then rows with an audit tombstone (ids only). Under an advisory lock, so instances never run it
 * twice at once; every step can run again, so a run cut short anywhere is finished by the next.
 */
@Injectable()
export class ParcelPurge {
  private readonly logger = new Logger(ParcelPurge.name);

  constructor(
    @Inject(parcelsConfig.KEY) private readonly config: ParcelsConfig,
    private readonly repository: PurgeRepository,
    private readonly blobs: BlobStore,
    private readonly audit: AuditLog,
    private readonly locks: JobLocks,
    private readonly transactions: Transactions,
    private readonly metrics: MetricsService,
  ) {}

  async run(options: { dryRun?: boolean; now?: Date } = {}): Promise<PurgeReport> {
    const dryRun = options.dryRun ?? false;
    const started = Date.now();
    const plan = planPurge(options.now ?? new Date(), this.config.draftHours);
    const locked = await this.locks.runExclusive('parcel-purge', () =>
      dryRun ? this.census(plan) : this.destroy(plan),
    );
    const report = locked.ran ? locked.result : { ...emptyReport(dryRun), ran: false };
    if (locked.ran && !dryRun) {
      this.metrics.purgeRan({
        parcels: Object.values(report.parcels).reduce((a, b) => a + b, 0),
        documents: report.documents,
        blobs: report.blobsDeleted,
      });
    }
    return { ...report, durationMs: Date.now() - started };
  }

  private async census(plan: PurgePlan): Promise<PurgeReport> {
    const census = await this.repository.census(plan);
    return { ...emptyReport(true), ...census };
  }

  private async destroy(plan: PurgePlan): Promise<PurgeReport> {
    const report = emptyReport(false);
    report.interruptedWrites = await this.blobs.sweepInterrupted(INTERRUPTED_WRITE_MS);
    await this.finishShreddedDocuments(report);
    // A parcel doomed during the run with an id below the cursor waits for the next run.
    for (let after: string | undefined; ;) {
      const batch = await this.repository.nextBatch(plan, this.config.purgeBatchSize, after);
      if (batch.length === 0) return report;
      const ids = batch.map((parcel) => parcel.id);
      after = ids[ids.length - 1];
      report.keysShredded += await this.repository.shredKeys(ids);
      const blobs = await this.repository.blobsOf(ids);
      await this.deleteBlobs(blobs, report);
      await this.transactions.run(async () => {
        await this.repository.deleteParcels(ids);
        await this.audit.recordMany(
          batch.map((parcel) => ({
            kind: AuditEventKind.ParcelPurged,
            outcome: 'success' as const,
            workspaceId: parcel.workspaceId,
            targetIds: { parcelId: parcel.id },
          })),
        );
      });
      for (const parcel of batch) report.parcels[parcel.reason]++;
      report.batches++;
    }
  }

  /** Documents removed from a draft whose blob or row outlived a crash. */
  private async finishShreddedDocuments(report: PurgeReport): Promise<void> {
    for (;;) {
      const leftovers = await this.repository.shreddedLeftovers(this.config.purgeBatchSize);
      if (leftovers.length === 0) return;
      await this.deleteBlobs(leftovers, report);
      await this.repository.deleteDocuments(leftovers.map((d) => d.documentId));
    }
  }

  private async deleteBlobs(blobs: DoomedBlob[], report: PurgeReport): Promise<void> {
    const queue = [...blobs];
    const lanes = Array.from(
      { length: Math.min(this.config.purgeConcurrency, queue.length) },
      async () => {
        for (let blob = queue.shift(); blob; blob = queue.shift()) {
          await this.blobs.delete(blob.storageKey);
          report.blobsDeleted++;
          report.documents++;
          report.bytes += blob.size;
        }
      },
    );
    await Promise.all(lanes);
  }
}
