import { Injectable } from '@nestjs/common';
import type { DevInboxItem } from '@guichet/contracts';
import { DevInboxRepository } from './dev-inbox.repository';

/** What the product "sent" in development: every mail and SMS, for the `/dev/inbox` page. */
@Injectable()
export class DevInbox {
  constructor(private readonly repository: DevInboxRepository) {}

  recordMail(mail: {
    to: string;
    subject: string;
    html: string | null;
    text: string;
  }): Promise<void> {
    return this.repository.add({ channel: 'mail', ...mail });
  }

  recordSms(to: string, text: string): Promise<void> {
    return this.repository.add({ channel: 'sms', to, text, subject: null, html: null });
  }

  latest(limit = 100): Promise<DevInboxItem[]> {
    return this.repository.latest(limit);
  }
}
