import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Erasure (GDPR-2): who is told of each erasure (GDPR art. 19), e.g. the firm's DPO. */
export const gdprConfig = registerAs('gdpr', () => {
  const env = new EnvironmentReader();
  const recipients = (env.optional('GDPR_ERASURE_RECIPIENTS') ?? '')
    .split(',')
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean);
  const wrong = recipients.find((address) => !ADDRESS.test(address));
  if (wrong !== undefined) {
    throw new ConfigError(
      'GDPR_ERASURE_RECIPIENTS',
      'must list e-mail addresses separated by commas',
    );
  }
  return { erasureRecipients: recipients };
});

export type GdprConfig = ReturnType<typeof gdprConfig>;
