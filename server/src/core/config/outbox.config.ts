import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** Delivery worker of the transactional outbox (MAIL-2). */
export const outboxConfig = registerAs('outbox', () => {
  const env = new EnvironmentReader();
  const minute = 60_000;
  return {
    /** Tests drive the worker by hand; every other mode runs it. */
    workerEnabled: env.boolean('OUTBOX_WORKER', env.optional('NODE_ENV') !== 'test'),
    pollMs: env.integer('OUTBOX_POLL_MS', 1_000, { min: 10, max: 10 * minute }),
    batchSize: env.integer('OUTBOX_BATCH_SIZE', 20, { min: 1, max: 1_000 }),
    concurrency: env.integer('OUTBOX_CONCURRENCY', 4, { min: 1, max: 100 }),
    maxAttempts: env.integer('OUTBOX_MAX_ATTEMPTS', 8, { min: 1, max: 100 }),
    backoffBaseMs: env.integer('OUTBOX_BACKOFF_BASE_MS', 2_000, { min: 1, max: 10 * minute }),
    backoffMaxMs: env.integer('OUTBOX_BACKOFF_MAX_MS', 30 * minute, {
      min: 1,
      max: 24 * 60 * minute,
    }),
    /** A claimed message not settled by then (worker died) is claimed again. */
    leaseMs: env.integer('OUTBOX_LEASE_MS', 2 * minute, { min: 1_000, max: 60 * minute }),
  };
});

export type OutboxConfig = ReturnType<typeof outboxConfig>;
