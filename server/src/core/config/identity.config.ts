import { registerAs } from '@nestjs/config';
import { EnvironmentReader } from './environment-reader';

/** Password-set links (IDV-5) and identity flows (IDV-3, IDV-4). */
export const identityConfig = registerAs('identity', () => {
  const env = new EnvironmentReader();
  return {
    /** Lifetime of a link, by purpose: 1 hour for resets and activations, 7 days for invitations. */
    linkMinutes: {
      reset: env.integer('PASSWORD_LINK_RESET_MINUTES', 60, { min: 5, max: 24 * 60 }),
      activation: env.integer('PASSWORD_LINK_ACTIVATION_MINUTES', 60, { min: 5, max: 24 * 60 }),
      invitation:
        env.integer('PASSWORD_LINK_INVITATION_HOURS', 7 * 24, { min: 1, max: 30 * 24 }) * 60,
    },
    /**
     * The shortest time an answer takes where its speed could tell whether an account exists
     * (first connection, contact step, forgotten password, lost identifier; IDV-3c, IDV-4).
     */
    answerFloorMs: env.integer('IDENTITY_ANSWER_FLOOR_MS', 300, { min: 0, max: 5_000 }),
    /**
     * Links one account may be mailed per hour through the forms anyone can use: forgotten
     * password or identifier, first connection, legacy migration (mail bombing guard).
     */
    hourlyLinksPerAccount: env.integer('PASSWORD_LINK_HOURLY_CAP', 5, { min: 1, max: 100 }),
  };
});

export type IdentityConfig = ReturnType<typeof identityConfig>;
