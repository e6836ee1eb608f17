import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

/** A sender no real mail server accepts: fine for the dev inbox only. */
const DEVELOPMENT_SENDER = 'Guichet <no-reply@guichet.localhost>';

/**
 * Mail transport. With no `SMTP_URL` in development or test, mails go through a real SMTP hop to
 * the dev inbox (an SMTP server inside the app on 127.0.0.1); production requires `SMTP_URL`.
 */
export const mailConfig = registerAs('mail', () => {
  const env = new EnvironmentReader();
  const smtpUrl = env.url('SMTP_URL', ['smtp:', 'smtps:']);
  if (!smtpUrl && env.optional('NODE_ENV') === 'production') {
    throw new ConfigError(
      'SMTP_URL',
      'must be set in production (e.g. smtps://user:password@smtp.example.com:465)',
    );
  }
  const from = env.string('MAIL_FROM', DEVELOPMENT_SENDER);
  if (from === DEVELOPMENT_SENDER && env.optional('NODE_ENV') === 'production') {
    throw new ConfigError(
      'MAIL_FROM',
      'must be set in production to an address of your domain (e.g. "Guichet <no-reply@example.com>")',
    );
  }
  if (!/^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(from)) {
    throw new ConfigError(
      'MAIL_FROM',
      `must be an address such as "Guichet <no-reply@example.com>" (got "${from}")`,
    );
  }
  return {
    /** Holds credentials: never logged. Unset means the dev inbox. */
    smtpUrl: smtpUrl?.href,
    from,
    /** Refuse a server whose TLS certificate does not verify (turn off only for a test server). */
    tlsRejectUnauthorized: env.boolean('SMTP_TLS_REJECT_UNAUTHORIZED', true),
    /** Insist on STARTTLS on smtp:// URLs. */
    requireTls: env.boolean('SMTP_REQUIRE_TLS', false),
    timeoutMs: env.integer('SMTP_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
    /** Connections kept open to the SMTP server; match OUTBOX_CONCURRENCY. */
    maxConnections: env.integer('SMTP_MAX_CONNECTIONS', 4, { min: 1, max: 50 }),
  };
});

export type MailConfig = ReturnType<typeof mailConfig>;
