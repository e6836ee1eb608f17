import { DeliveryError } from '../../core/delivery/delivery-error';
import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';
import { SmsGateway } from './sms-gateway';

/**
 * SMS_PROVIDER=none: every SMS fails for good, so the outbox marks it failed at once instead of
 * retrying something no retry can fix, and the operator sees why.
 */
export class DisabledSmsGateway extends SmsGateway {
  async send(): Promise<DeliveryReceipt> {
    throw new DeliveryError('SMS sending is not configured (SMS_PROVIDER=none)', true);
  }
}
