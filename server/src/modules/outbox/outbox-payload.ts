import type { RenderedMail } from '../mail/mail-template';

/** What the worker needs to send a mail: sealed in the outbox row until it is sent. */
export interface MailPayload extends RenderedMail {
  to: string;
}

/** What the worker needs to send an SMS. */
export interface SmsPayload {
  to: string;
  text: string;
}
