import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { webhooksConfig, type WebhooksConfig } from '../../core/config/webhooks.config';
import { DeliveryError } from '../../core/delivery/delivery-error';
import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';
import { isSuccessStatus, isTransientStatus, postToProvider } from '../sms/provider-request';
import type { WebhookPayload } from './outbox-payload';

/** `sha256=<hex>`: HMAC-SHA256 of `<timestamp>.<body>`, so a captured call cannot be replayed later. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * POSTs an outbox event to its target as JSON, signed (`X-Guichet-Timestamp`,
 * `X-Guichet-Signature`) and carrying its idempotency key so the receiver can drop a repeat.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig) {}

  async send(payload: WebhookPayload, idempotencyKey: string): Promise<DeliveryReceipt> {
    const endpoint = this.config.targets[payload.target];
    // Unset since the event was queued: nobody to tell any more, and retrying will not help.
    if (!endpoint) throw new DeliveryError(`webhook ${payload.target} is not configured`, true);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const answer = await postToProvider(
      `webhook ${payload.target}`,
      endpoint.url,
      {
        headers: {
          'content-type': 'application/json',
          'x-guichet-event': payload.event,
          'x-guichet-timestamp': timestamp,
          'x-guichet-signature': webhookSignature(endpoint.secret, timestamp, payload.body),
          'idempotency-key': idempotencyKey,
        },
        body: payload.body,
      },
      this.config.timeoutMs,
    );
    if (isSuccessStatus(answer.status)) return {};
    throw new DeliveryError(
      `webhook ${payload.target} answered HTTP ${answer.status}`,
      !isTransientStatus(answer.status),
    );
  }
}
