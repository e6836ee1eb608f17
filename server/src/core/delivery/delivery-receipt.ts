/** What a mail server or SMS provider answered when it accepted a message. */
export interface DeliveryReceipt {
  /** The provider's id for the message (SMTP queue id, Twilio SID), when it gives one. */
  providerId?: string;
}
