import { Injectable } from '@nestjs/common';
import { OutboxErrorCode, type OutboxMessageSummary, OutboxStatus } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { maskEmail } from '../../core/privacy/mask-email';
import { maskPhone } from '../sms/mobile-number';
import { OutboxRepository, type StoredOutboxMessage } from './outbox.repository';

/** What an admin sees of the outbox (MAIL-2): pending and failed messages, and retry. */
@Injectable()
export class OutboxAdminService {
  constructor(private readonly repository: OutboxRepository) {}

  async undelivered(workspaceId: string): Promise<OutboxMessageSummary[]> {
    const rows = await this.repository.list(
      workspaceId,
      [OutboxStatus.Pending, OutboxStatus.Sending, OutboxStatus.Failed],
      500,
    );
    return rows.map((row) => this.summarise(row));
  }

  /** Makes a failed message due again with a fresh attempt count. */
  async retry(workspaceId: string, id: string): Promise<OutboxMessageSummary> {
    // Another firm's message answers 404, like a missing one.
    if (!(await this.repository.requeue(workspaceId, id))) {
      const existing = await this.repository.find(workspaceId, id);
      if (!existing) throw new AppError(OutboxErrorCode.MessageNotFound, 'No such message');
      throw new AppError(
        OutboxErrorCode.NotRetryable,
        `A ${existing.status} message cannot be retried`,
      );
    }
    return this.summarise((await this.repository.find(workspaceId, id))!);
  }

  private summarise(row: StoredOutboxMessage): OutboxMessageSummary {
    return {
      id: row.id,
      channel: row.channel,
      template: row.template,
      recipient: shownRecipient(row),
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: new Date(row.nextAttemptAt).toISOString(),
      lastError: row.lastError,
      createdAt: new Date(row.createdAt).toISOString(),
      workspace: row.workspaceSlug,
    };
  }
}

/** Addresses and numbers masked; a webhook's target is a system's name, not a person's. */
function shownRecipient(row: StoredOutboxMessage): string {
  if (row.channel === 'mail') return maskEmail(row.recipient);
  if (row.channel === 'sms') return maskPhone(row.recipient);
  return row.recipient;
}
