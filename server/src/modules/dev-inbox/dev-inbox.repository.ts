import type { DevInboxItem } from '@guichet/contracts';

export type NewDevInboxItem = Omit<DevInboxItem, 'id' | 'receivedAt'>;

/** Port: the captured messages, newest first. */
export abstract class DevInboxRepository {
  abstract add(item: NewDevInboxItem): Promise<void>;

  abstract latest(limit: number): Promise<DevInboxItem[]>;
}
