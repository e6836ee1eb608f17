import type { WebhookTarget } from '../../core/config/webhooks.config';
import type { RenderedMail } from '../mail/mail-template';

/** What the worker needs to send a mail: sealed in the outbox row until it is sent. */
export interface MailPayload extends RenderedMail {
  to: string;
}

/** An event for another system (e.g. the ERP): its JSON body, already serialised. */
export interface WebhookPayload {
  target: WebhookTarget;
  event: string;
  body: string;
}

/** What the worker needs to send an SMS. */
export interface SmsPayload {
  to: string;
  text: string;
}
