import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

export const SMS_PROVIDERS = ['dev-inbox', 'http', 'twilio', 'none'] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];

/** SMS provider: the dev inbox in development, a generic HTTP/JSON API or Twilio in production. */
export const smsConfig = registerAs('sms', () => {
  const env = new EnvironmentReader();
  const production = env.optional('NODE_ENV') === 'production';
  const provider = env.oneOf<SmsProvider>(
    'SMS_PROVIDER',
    SMS_PROVIDERS,
    production ? 'none' : 'dev-inbox',
  );
  if (production && provider === 'dev-inbox') {
    throw new ConfigError(
      'SMS_PROVIDER',
      'dev-inbox is for development; choose http, twilio or none',
    );
  }
  const required = (name: string) => {
    const value = env.optional(name);
    if (!value) throw new ConfigError(name, `must be set when SMS_PROVIDER=${provider}`);
    return value;
  };
  const bodyTemplate = env.string(
    'SMS_HTTP_BODY_TEMPLATE',
    '{"to":"{{to}}","from":"{{sender}}","text":"{{text}}"}',
  );
  return {
    provider,
    /** Alphanumeric sender id shown on the phone (11 characters at most). */
    sender: env.string('SMS_SENDER', 'Guichet'),
    /** Longer texts are refused before sending (each segment is billed). */
    maxSegments: env.integer('SMS_MAX_SEGMENTS', 3, { min: 1, max: 10 }),
    timeoutMs: env.integer('SMS_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
    http:
      provider === 'http'
        ? {
            url: env.url('SMS_HTTP_URL', ['http:', 'https:'])?.href ?? required('SMS_HTTP_URL'),
            /** A whole header line, e.g. `Authorization: Bearer abc`; holds a secret. */
            authHeader: env.optional('SMS_HTTP_AUTH_HEADER'),
            bodyTemplate,
          }
        : undefined,
    twilio:
      provider === 'twilio'
        ? {
            accountSid: required('SMS_TWILIO_ACCOUNT_SID'),
            authToken: required('SMS_TWILIO_AUTH_TOKEN'),
            from: required('SMS_TWILIO_FROM'),
            apiUrl:
              env.url('SMS_TWILIO_API_URL', ['http:', 'https:'])?.href ?? 'https://api.twilio.com/',
          }
        : undefined,
  };
});

export type SmsConfig = ReturnType<typeof smsConfig>;
