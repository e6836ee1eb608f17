import { type DeliveryReceipt } from '../../core/delivery/delivery-receipt';
import { DevInbox } from '../dev-inbox/dev-inbox';
import { type OutgoingSms, SmsGateway } from './sms-gateway';

/** Development: the SMS lands in the dev inbox (`/dev/inbox`) instead of on a phone. */
export class DevInboxSmsGateway extends SmsGateway {
  constructor(private readonly inbox: DevInbox) {
    super();
  }

  async send(sms: OutgoingSms): Promise<DeliveryReceipt> {
    await this.inbox.recordSms(sms.to, sms.text);
    return { providerId: 'dev-inbox' };
  }
}
