import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** The retention job (GDPR-5): erases and clears what is past its period, once a day. */
export const retentionConfig = registerAs('retention', () => {
  const env = new EnvironmentReader();
  return {
    /** Tests and the CLI run the job by hand; every other mode schedules it. */
    jobsEnabled: env.boolean('RETENTION_JOBS', env.optional('NODE_ENV') !== 'test'),
    /** How often the job runs: daily; periods are months, so a day late changes nothing. */
    intervalHours: env.integer('RETENTION_INTERVAL_HOURS', 24, { min: 1, max: 24 * 7 }),
    /** Accounts erased or audit events cleared per transaction. */
    batchSize: env.integer('RETENTION_BATCH_SIZE', 200, { min: 1, max: 10_000 }),
  };
});

export type RetentionConfig = ReturnType<typeof retentionConfig>;
