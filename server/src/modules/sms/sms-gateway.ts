import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';

/** One SMS, number already validated and in E.164, text within the provider's limits. */
export interface OutgoingSms {
  to: string;
  text: string;
  /** Stable per outbox message; sent to providers that deduplicate on it. */
  idempotencyKey: string;
}

/** Port: hands an SMS to the configured provider; throws `DeliveryError` when it cannot. */
export abstract class SmsGateway {
  abstract send(sms: OutgoingSms): Promise<DeliveryReceipt>;
}
