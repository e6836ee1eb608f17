import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';

/** A rendered mail addressed to one recipient, as the outbox hands it over. */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per outbox message, so a resend after a crash carries the same Message-ID. */
  messageId: string;
}

/** Port: hands a mail to the SMTP server; throws `DeliveryError` when it cannot. */
export abstract class MailSender {
  abstract send(mail: OutgoingMail): Promise<DeliveryReceipt>;
}
