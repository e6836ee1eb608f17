import type { MailerOptions } from '@nestjs-modules/mailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
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
    // SMTPTransport rather than SMTPPool: one connection per message, no idle pooled connection
    // for a firewall to drop silently between two outbox batches.
    transport: new SMTPTransport({
      url,
      connectionTimeout: config.timeoutMs,
      greetingTimeout: config.timeoutMs,
      socketTimeout: config.timeoutMs,
      requireTLS: config.requireTls,
      tls: { rejectUnauthorized: config.tlsRejectUnauthorized },
    }),
    defaults: { from: config.from },
  };
}
