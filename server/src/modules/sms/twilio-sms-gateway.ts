import { ConfigError } from '../../core/config/config-error';
import type { SmsConfig } from '../../core/config/sms.config';
import { DeliveryError } from '../../core/delivery/delivery-error';
import type { DeliveryReceipt } from '../../core/delivery/delivery-receipt';
import { isSuccessStatus, postToProvider } from './provider-request';
import { type OutgoingSms, SmsGateway } from './sms-gateway';

/**
 * Twilio's Messages API (`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded,
 * HTTP Basic with the account SID and auth token). `from` is a number or alphanumeric sender id,
 * or a Messaging Service SID ("MG…") that lets Twilio pick the sender. Twilio takes no
 * idempotency key on this endpoint, so a retry after a lost answer may send the SMS twice.
 */
export class TwilioSmsGateway extends SmsGateway {
  private readonly url: string;
  private readonly authorization: string;
  private readonly sender: [field: 'From' | 'MessagingServiceSid', value: string];

  constructor(private readonly config: SmsConfig) {
    super();
    const twilio = config.twilio;
    if (!twilio) {
      throw new ConfigError('SMS_TWILIO_ACCOUNT_SID', 'must be set when SMS_PROVIDER=twilio');
    }
    const base = twilio.apiUrl.endsWith('/') ? twilio.apiUrl : `${twilio.apiUrl}/`;
    this.url = `${base}2010-04-01/Accounts/${encodeURIComponent(twilio.accountSid)}/Messages.json`;
    const credentials = Buffer.from(`${twilio.accountSid}:${twilio.authToken}`).toString('base64');
    this.authorization = `Basic ${credentials}`;
    this.sender = /^MG[0-9a-f]{32}$/i.test(twilio.from)
      ? ['MessagingServiceSid', twilio.from]
      : ['From', twilio.from];
  }

  async send(sms: OutgoingSms): Promise<DeliveryReceipt> {
    const form = new URLSearchParams({
      To: sms.to,
      [this.sender[0]]: this.sender[1],
      Body: sms.text,
    });
    const answer = await postToProvider(
      'Twilio',
      this.url,
      {
        headers: {
          Authorization: this.authorization,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: form.toString(),
      },
      this.config.timeoutMs,
    );
    const json = (answer.json ?? {}) as { sid?: unknown; code?: unknown };
    if (isSuccessStatus(answer.status)) {
      return { providerId: typeof json.sid === 'string' ? json.sid : undefined };
    }
    // Twilio's message text may echo the number; its numeric code is enough to look the error up.
    const code = typeof json.code === 'number' ? ` (Twilio error ${json.code})` : '';
    const transient = answer.status === 429 || answer.status >= 500;
    throw new DeliveryError(`Twilio answered ${answer.status}${code}`, !transient);
  }
}
