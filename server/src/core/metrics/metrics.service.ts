import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A queue's size and the age of its oldest item. */
export interface QueueCensus {
  depth: number;
  oldestAgeSeconds: number;
}

/**
 * The app's Prometheus metrics (OPS-3), one registry per app instance. Modules report events
 * through the small methods below and never touch prom-client; the outbox gauges are read from
 * the database (through the outbox) when scraped, so every instance reports the same shared queue.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'guichet_http_request_duration_seconds',
    help: 'HTTP answer time by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly signIns = new Counter({
    name: 'guichet_sign_ins_total',
    help: 'Sign-in attempts by outcome (success, failure)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly otpSends = new Counter({
    name: 'guichet_otp_sends_total',
    help: 'One-time codes issued for sending, by purpose',
    labelNames: ['purpose'] as const,
    registers: [this.registry],
  });

  private readonly purgeRuns = new Counter({
    name: 'guichet_purge_runs_total',
    help: 'Purge runs that held the lock and did the work',
    registers: [this.registry],
  });

  private readonly purgeItems = new Counter({
    name: 'guichet_purge_items_total',
    help: 'Items destroyed by the purge, by kind (parcels, documents, blobs)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  private readonly retentionRuns = new Counter({
    name: 'guichet_retention_runs_total',
    help: 'Retention runs that held the lock and did the work (GDPR-5)',
    registers: [this.registry],
  });

  private readonly retentionItems = new Counter({
    name: 'guichet_retention_items_total',
    help: 'People erased and records cleared by retention, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  /**
   * When each job last finished its work, so that an alert can say "the purge has not run for an
   * hour" or "retention has not run for two days": a stopped job is otherwise silent.
   */
  private readonly jobLastSuccess = new Gauge({
    name: 'guichet_job_last_success_timestamp_seconds',
    help: 'Unix time at which the job last finished its work on this instance (purge, retention)',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });

  private readonly parcelBytes = new Counter({
    name: 'guichet_parcel_bytes_total',
    help: 'Document bytes received (in) and sent (out)',
    labelNames: ['direction'] as const,
    registers: [this.registry],
  });

  private outboxCensus?: () => Promise<QueueCensus>;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'guichet_process_' });
    // One reading per scrape for both gauges: the first to collect starts it, the other awaits it.
    let reading: Promise<QueueCensus> | undefined;
    const read = () => {
      const census = this.outboxCensus;
      if (!census) return Promise.resolve({ depth: 0, oldestAgeSeconds: 0 });
      reading ??= census().finally(() => setImmediate(() => (reading = undefined)));
      return reading;
    };
    new Gauge({
      name: 'guichet_outbox_pending',
      help: 'Outbox messages waiting to be delivered (pending or sending)',
      registers: [this.registry],
      async collect() {
        this.set((await read()).depth);
      },
    });
    new Gauge({
      name: 'guichet_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest outbox message waiting to be delivered (0 when none)',
      registers: [this.registry],
      async collect() {
        this.set((await read()).oldestAgeSeconds);
      },
    });
  }

  /** The outbox tells how to count its queue; read at each scrape, shared by every instance. */
  measureOutboxWith(census: () => Promise<QueueCensus>): void {
    this.outboxCensus = census;
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  signIn(outcome: 'success' | 'failure'): void {
    this.signIns.inc({ outcome });
  }

  otpSent(purpose: string): void {
    this.otpSends.inc({ purpose });
  }

  purgeRan(items: { parcels: number; documents: number; blobs: number }): void {
    this.purgeRuns.inc();
    for (const [kind, count] of Object.entries(items)) {
      if (count > 0) this.purgeItems.inc({ kind }, count);
    }
    this.jobLastSuccess.set({ job: 'purge' }, Date.now() / 1000);
  }

  retentionRan(done: Record<string, number>): void {
    this.retentionRuns.inc();
    for (const [kind, count] of Object.entries(done)) {
      if (count > 0) this.retentionItems.inc({ kind }, count);
    }
    this.jobLastSuccess.set({ job: 'retention' }, Date.now() / 1000);
  }

  parcelBytesMoved(direction: 'in' | 'out', bytes: number): void {
    if (bytes > 0) this.parcelBytes.inc({ direction }, bytes);
  }
}
