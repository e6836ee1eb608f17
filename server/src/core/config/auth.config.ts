import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** Sessions and sign-in throttling (AUTH-4…AUTH-6). Idle timeout is a workspace setting. */
export const authConfig = registerAs('auth', () => {
  const env = new EnvironmentReader();
  return {
    /** Absolute lifetime of a session, private computer or not (AUTH-6: 12 hours). */
    sessionHours: env.integer('SESSION_ABSOLUTE_HOURS', 12, { min: 1, max: 24 * 30 }),
    throttle: {
      /** Failures allowed per identifier before delays start, and the longest delay. */
      identifierFreeFailures: env.integer('THROTTLE_IDENTIFIER_FREE', 5, { min: 1, max: 100 }),
      identifierMaxDelaySeconds: env.integer('THROTTLE_IDENTIFIER_MAX_DELAY_S', 900, {
        min: 1,
        max: 86_400,
      }),
      /** The same per IP address, looser since offices share one address. */
      ipFreeFailures: env.integer('THROTTLE_IP_FREE', 30, { min: 1, max: 10_000 }),
      ipMaxDelaySeconds: env.integer('THROTTLE_IP_MAX_DELAY_S', 3_600, { min: 1, max: 86_400 }),
      /** Failures older than this are forgotten. */
      memorySeconds: env.integer('THROTTLE_MEMORY_S', 86_400, { min: 60, max: 30 * 86_400 }),
    },
  };
});

export type AuthConfig = ReturnType<typeof authConfig>;
