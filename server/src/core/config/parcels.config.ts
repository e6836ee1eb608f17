import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** Scheduled jobs of parcels (PARCEL-7): the purge and the expiry reminders. */
export const parcelsConfig = registerAs('parcels', () => {
  const env = new EnvironmentReader();
  return {
    /** Tests and the CLI run the jobs by hand; every other mode schedules them. */
    jobsEnabled: env.boolean('PARCEL_JOBS', env.optional('NODE_ENV') !== 'test'),
    /** How often the purge runs (every 5 minutes: expired parcels are gone within 15). */
    purgeIntervalMinutes: env.integer('PURGE_INTERVAL_MINUTES', 5, { min: 1, max: 60 }),
    /** A draft never sent is purged after this many hours (an abandoned upload). */
    draftHours: env.integer('PURGE_DRAFT_HOURS', 24, { min: 1, max: 24 * 30 }),
    /** Parcels destroyed per batch (one transaction of row deletions each). */
    purgeBatchSize: env.integer('PURGE_BATCH_SIZE', 1_000, { min: 1, max: 50_000 }),
    /** Blobs deleted at once within a batch. */
    purgeConcurrency: env.integer('PURGE_CONCURRENCY', 16, { min: 1, max: 256 }),
    /** How often expiry reminders are queued. */
    reminderIntervalMinutes: env.integer('REMINDER_INTERVAL_MINUTES', 60, { min: 1, max: 1440 }),
  };
});

export type ParcelsConfig = ReturnType<typeof parcelsConfig>;
