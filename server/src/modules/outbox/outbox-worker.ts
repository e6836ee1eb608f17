import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { appConfig, type AppConfig } from '../../core/config/app.config';
import { outboxConfig, type OutboxConfig } from '../../core/config/outbox.config';
import { SecretBox } from '../../core/crypto/secret-box';
import { DeliveryError } from '../../core/delivery/delivery-error';
import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';
import { MailSender } from '../mail/mail-sender';
import { SmsGateway } from '../sms/sms-gateway';
import { type ClaimedMessage, OutboxRepository } from './outbox.repository';
import type { MailPayload, SmsPayload, WebhookPayload } from './outbox-payload';
import { retryDelay } from './retry-delay';
import { WebhookSender } from './webhook-sender';

/** Counts of one pass over the outbox. */
export interface DeliveryRound {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers the outbox: claims due messages (several instances share the table safely: rows are
 * claimed with SKIP LOCKED and leased), sends them with no database connection held, then
 * records the outcome. At-least-once: if a worker dies between sending and recording, the lease
 * lapses and the message is sent again with the same Message-ID / idempotency key.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    @Inject(outboxConfig.KEY) private readonly config: OutboxConfig,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
    private readonly repository: OutboxRepository,
    private readonly secrets: SecretBox,
    private readonly mail: MailSender,
    private readonly sms: SmsGateway,
    private readonly webhooks: WebhookSender,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerEnabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Delivers until nothing is due; used by the loop, tests, benchmarks and the CLI. */
  async drain(): Promise<DeliveryRound> {
    const total: DeliveryRound = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const round = await this.deliverBatch();
      for (const key of Object.keys(total) as (keyof DeliveryRound)[]) total[key] += round[key];
      if (round.claimed < this.config.batchSize || this.stopped) return total;
    }
  }

  /** Claims one batch and delivers it, `concurrency` messages at a time. */
  async deliverBatch(): Promise<DeliveryRound> {
    const claimed = await this.repository.claimDue(this.config.batchSize, this.config.leaseMs);
    const round: DeliveryRound = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
    const queue = [...claimed];
    const lanes = Array.from(
      { length: Math.min(this.config.concurrency, queue.length) },
      async () => {
        for (let message = queue.shift(); message; message = queue.shift()) {
          round[await this.deliver(message)]++;
        }
      },
    );
    await Promise.all(lanes);
    return round;
  }

  private async deliver(message: ClaimedMessage): Promise<'sent' | 'retried' | 'failed'> {
    try {
      const receipt = await this.send(message);
      await this.repository.markSent(message, receipt.providerId ?? null);
      return 'sent';
    } catch (error) {
      const permanent = error instanceof DeliveryError ? error.permanent : false;
      const reason =
        error instanceof DeliveryError ? error.message : 'Unexpected error while sending';
      if (!(error instanceof DeliveryError))
        this.logger.error(error instanceof Error ? error.stack : error);
      const giveUp = permanent || message.attempts >= this.config.maxAttempts;
      await this.repository.markAttemptFailed(
        message,
        reason,
        giveUp ? null : retryDelay(message.attempts, this.config),
      );
      if (giveUp) this.logger.warn(`Outbox message ${message.id} failed for good: ${reason}`);
      return giveUp ? 'failed' : 'retried';
    }
  }

  private send(message: ClaimedMessage): Promise<DeliveryReceipt> {
    const content = JSON.parse(
      this.secrets.open(message.payload, message.idempotencyKey),
    ) as unknown;
    if (message.channel === 'webhook') {
      return this.webhooks.send(content as WebhookPayload, message.idempotencyKey);
    }
    if (message.channel === 'sms') {
      const { to, text } = content as SmsPayload;
      return this.sms.send({ to, text, idempotencyKey: message.idempotencyKey });
    }
    const mail = content as MailPayload;
    return this.mail.send({ ...mail, messageId: this.messageId(message) });
  }

  /** Stable per message, so that a resend after a crash is recognisably the same mail. */
  private messageId(message: ClaimedMessage): string {
    return `<${message.id}@${new URL(this.app.publicUrl).hostname}>`;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error: unknown) => {
          // A database hiccup must not stop delivery for good; the next tick tries again.
          this.logger.error(`Outbox delivery round failed: ${(error as Error).message}`);
        })
        .finally(() => this.schedule(this.config.pollMs));
    }, delayMs);
  }
}
