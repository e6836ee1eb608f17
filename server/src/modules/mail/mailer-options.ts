import type { MailerOptions } from '@nestjs-modules/mailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import type { MailConfig } from '../../core/config/mail.config';
import type { DevInboxSmtpServer } from '../dev-inbox/dev-inbox-smtp-server';

/**
 * Nodemailer settings from the mail config. Without SMTP_URL, mail takes a real SMTP hop to the
 * dev inbox, so development exercises the same path as production.
 */
export async function mailerOptions(
  config: MailConfig,
  devInbox: DevInboxSmtpServer,
): Promise<MailerOptions> {
  const url = config.smtpUrl ?? (await devInbox.url());
  return {
    // A transport instance, not an options object: given an object with a `url`, nodemailer's
    // createTransport keeps only what the URL says and drops the timeouts and TLS settings.
    // A pool, because opening a connection (greeting delay, TLS handshake) costs more than
    // sending a mail; a connection dropped while idle fails one attempt, which the outbox retries.
    transport: new SMTPPool({
      url,
      pool: true,
      maxConnections: config.maxConnections,
      maxMessages: 100,
      connectionTimeout: config.timeoutMs,
      greetingTimeout: config.timeoutMs,
      socketTimeout: config.timeoutMs,
      requireTLS: config.requireTls,
      tls: { rejectUnauthorized: config.tlsRejectUnauthorized },
    }),
    defaults: { from: config.from },
  };
}
