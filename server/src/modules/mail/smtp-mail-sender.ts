import { Inject, Injectable } from '@nestjs/common';
import { MailerService } from '@nestjs-modules/mailer';
import type { SentMessageInfo } from 'nodemailer/lib/smtp-transport';
import { mailConfig, type MailConfig } from '../../core/config/mail.config';
import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';
import { MailSender, type OutgoingMail } from './mail-sender';
import { smtpDeliveryError } from './smtp-delivery-error';

/** Hands mail to the configured SMTP server (or the dev inbox) through nodemailer. */
@Injectable()
export class SmtpMailSender extends MailSender {
  constructor(
    private readonly mailer: MailerService,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {
    super();
  }

  async send(mail: OutgoingMail): Promise<DeliveryReceipt> {
    let info: SentMessageInfo;
    try {
      info = (await this.mailer.sendMail({
        from: this.config.from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        // RFC 3834: out-of-office robots must not answer a transactional mail.
        headers: { 'Auto-Submitted': 'auto-generated' },
      })) as SentMessageInfo;
    } catch (error) {
      throw smtpDeliveryError(error);
    }
    return { providerId: queueId(info.response) ?? info.messageId };
  }
}

/** "250 2.0.0 Ok: queued as 4XyZ1" → "4XyZ1": the id to quote to the mail server's operator. */
function queueId(response: string | undefined): string | undefined {
  return response?.match(/queued as ([A-Za-z0-9._-]+)/i)?.[1];
}
