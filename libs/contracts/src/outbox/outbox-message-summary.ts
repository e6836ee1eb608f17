/** Delivery state of an outbox message. */
export enum OutboxStatus {
  /** Waiting for its first or next attempt. */
  Pending = 'pending',
  /** Claimed by a worker right now. */
  Sending = 'sending',
  Sent = 'sent',
  /** Refused by the provider or out of attempts: an admin may retry it. */
  Failed = 'failed',
}

/** `webhook`: a signed JSON event for another system (the ERP), `recipient` its name. */
export type OutboxChannel = 'mail' | 'sms' | 'webhook';

/** A pending or failed message as the admin sees it (`GET /api/admin/outbox`): recipient masked. */
export interface OutboxMessageSummary {
  id: string;
  channel: OutboxChannel;
  /** Template name, e.g. `password-set-link`, `one-time-code`. */
  template: string;
  /** `s.b******@idealsoft.fr` or `+33 6 •• •• •• 10`. */
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  /** ISO 8601: next attempt (pending) or end of the worker's claim (sending). */
  nextAttemptAt: string;
  /** Why the last attempt failed, without personal data. */
  lastError: string | null;
  createdAt: string;
  /** Slug of the firm the message was sent for; null for product-level messages. */
  workspace: string | null;
}
