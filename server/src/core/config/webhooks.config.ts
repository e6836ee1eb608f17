import { registerAs } from '@nestjs/config';
import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

/** Where the outbox POSTs events for other systems, and the key that signs them. */
export interface WebhookEndpoint {
  url: string;
  /** HMAC-SHA256 key of the `X-Guichet-Signature` header; shared with the receiver. */
  secret: string;
}

/** The systems that receive events; each is off until its URL is set. */
export type WebhookTarget = 'erp';

/**
 * Event webhooks delivered through the outbox: `ERP_WEBHOOK_URL` + `ERP_WEBHOOK_SECRET` (at least
 * 32 characters) for the ERP's opt-out sync (GDPR-1). Without a URL nothing is queued for it.
 */
export const webhooksConfig = registerAs('webhooks', () => {
  const env = new EnvironmentReader();
  const endpoint = (prefix: string): WebhookEndpoint | null => {
    const url = env.url(`${prefix}_WEBHOOK_URL`, ['http:', 'https:']);
    if (!url) return null;
    const secret = env.optional(`${prefix}_WEBHOOK_SECRET`);
    if (!secret || secret.length < 32) {
      throw new ConfigError(
        `${prefix}_WEBHOOK_SECRET`,
        `must be set, at least 32 characters, when ${prefix}_WEBHOOK_URL is`,
      );
    }
    return { url: url.href, secret };
  };
  return {
    targets: { erp: endpoint('ERP') } satisfies Record<WebhookTarget, WebhookEndpoint | null>,
    timeoutMs: env.integer('WEBHOOK_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
  };
});

export type WebhooksConfig = ReturnType<typeof webhooksConfig>;
