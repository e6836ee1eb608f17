import type { QueueCensus } from '../../core/metrics/metrics.service';
import type { OutboxChannel, OutboxStatus } from '@guichet/contracts';

export interface NewOutboxMessage {
  idempotencyKey: string;
  workspaceId: string | null;
  channel: OutboxChannel;
  template: string;
  recipient: string;
  payload: Buffer;
}

/** A message a worker has claimed: it alone may settle it until the claim lapses. */
export interface ClaimedMessage {
  id: string;
  idempotencyKey: string;
  channel: OutboxChannel;
  payload: Buffer;
  /** Attempts including this one; settling checks it so a lapsed claim cannot overwrite a newer one. */
  attempts: number;
}

export interface StoredOutboxMessage {
  id: string;
  channel: OutboxChannel;
  template: string;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  workspaceSlug: string | null;
}

/** Port: the outbox table. Every method is one short statement; none is held while sending. */
export abstract class OutboxRepository {
  /** Stores the message in the current transaction; a known idempotency key is ignored. */
  abstract add(message: NewOutboxMessage): Promise<void>;

  /** Messages waiting (pending or sending) and the age of the oldest, for the metrics. */
  abstract census(): Promise<QueueCensus>;

  /** Claims up to `limit` due messages (skipping those other workers hold) for `leaseMs`. */
  abstract claimDue(limit: number, leaseMs: number): Promise<ClaimedMessage[]>;

  abstract markSent(message: ClaimedMessage, providerId: string | null): Promise<void>;

  /** Records a failed attempt: due again after `retryInMs`, or failed for good when null. */
  abstract markAttemptFailed(
    message: ClaimedMessage,
    error: string,
    retryInMs: number | null,
  ): Promise<void>;

  /** A workspace's messages in these states, newest first. */
  abstract list(
    workspaceId: string,
    statuses: OutboxStatus[],
    limit: number,
  ): Promise<StoredOutboxMessage[]>;

  abstract find(workspaceId: string, id: string): Promise<StoredOutboxMessage | null>;

  /** Makes a failed or pending message due now with a fresh attempt count; false if not in such a state. */
  abstract requeue(workspaceId: string, id: string): Promise<boolean>;
}
