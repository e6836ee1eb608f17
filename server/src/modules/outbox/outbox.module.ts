import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecretBox } from '../../core/crypto/secret-box';
import { MetricsService } from '../../core/metrics/metrics.service';
import { MailModule } from '../mail/mail.module';
import { SmsModule } from '../sms/sms.module';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { Outbox } from './outbox';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxRepository } from './outbox.repository';
import { OutboxWorker } from './outbox-worker';
import { TypeOrmOutboxRepository } from './typeorm-outbox.repository';
import { WebhookSender } from './webhook-sender';

/**
 * Durable delivery of mail, SMS (MAIL-2) and signed webhook events (GDPR-1: the ERP): `Outbox` to
 * enqueue, `OutboxWorker` to deliver.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity]), MailModule, SmsModule],
  controllers: [OutboxAdminController],
  providers: [
    Outbox,
    OutboxWorker,
    OutboxAdminService,
    WebhookSender,
    SecretBox,
    { provide: OutboxRepository, useClass: TypeOrmOutboxRepository },
  ],
  exports: [Outbox, OutboxWorker],
})
export class OutboxModule {
  constructor(metrics: MetricsService, repository: OutboxRepository) {
    metrics.measureOutboxWith(() => repository.census());
  }
}
