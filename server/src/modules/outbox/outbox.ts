import { randomUUID } from 'node:crypto';
import type { OutboxChannel } from '@guichet/contracts';
import { Inject, Injectable } from '@nestjs/common';
import {
  webhooksConfig,
  type WebhooksConfig,
  type WebhookTarget,
} from '../../core/config/webhooks.config';
import { SecretBox } from '../../core/crypto/secret-box';
import { MailRenderer } from '../mail/mail-renderer';
import type { MailRequest, MailTemplate } from '../mail/mail-template';
import { SmsRenderer } from '../sms/sms-renderer';
import type { SmsRequest, SmsTemplate } from '../sms/sms-template';
import { OutboxRepository } from './outbox.repository';
import type { MailPayload, SmsPayload, WebhookPayload } from './outbox-payload';

/** Where a message belongs and how to recognise a second enqueue of the same one. */
export interface EnqueueOptions {
  workspaceId: string | null;
  /** Defaults to a random key; give one derived from the cause (e.g. the link id) to dedupe. */
  idempotencyKey?: string;
}

/**
 * The one way to send a mail or an SMS (MAIL-2): renders it now, so that a broken template fails
 * the action instead of a delivery later, and stores it sealed in the outbox within the caller's
 * transaction (`Transactions.run`). The worker delivers it after commit.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly repository: OutboxRepository,
    private readonly mailRenderer: MailRenderer,
    private readonly smsRenderer: SmsRenderer,
    private readonly secrets: SecretBox,
    @Inject(webhooksConfig.KEY) private readonly webhooks: WebhooksConfig,
  ) {}

  async enqueueMail<T extends MailTemplate>(
    request: MailRequest<T>,
    options: EnqueueOptions,
  ): Promise<void> {
    const payload: MailPayload = { to: request.to.email, ...this.mailRenderer.render(request) };
    await this.store('mail', request.template, payload.to, payload, options);
  }

  async enqueueSms<T extends SmsTemplate>(
    request: SmsRequest<T>,
    options: EnqueueOptions,
  ): Promise<void> {
    const payload: SmsPayload = this.smsRenderer.render(request);
    await this.store('sms', request.template, payload.to, payload, options);
  }

  /**
   * Queues an event for another system, POSTed as JSON by the worker. Answers false, queuing
   * nothing, when that system is not configured: there is nobody to tell.
   */
  async enqueueWebhook(
    target: WebhookTarget,
    event: string,
    body: object,
    options: EnqueueOptions,
  ): Promise<boolean> {
    if (!this.webhooks.targets[target]) return false;
    const payload: WebhookPayload = { target, event, body: JSON.stringify(body) };
    await this.store('webhook', event, target, payload, options);
    return true;
  }

  private async store(
    channel: OutboxChannel,
    template: string,
    recipient: string,
    payload: MailPayload | SmsPayload | WebhookPayload,
    options: EnqueueOptions,
  ): Promise<void> {
    const idempotencyKey = options.idempotencyKey ?? randomUUID();
    await this.repository.add({
      idempotencyKey,
      workspaceId: options.workspaceId,
      channel,
      template,
      recipient,
      payload: this.secrets.seal(JSON.stringify(payload), idempotencyKey),
    });
  }
}
