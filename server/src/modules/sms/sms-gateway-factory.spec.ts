import { DeliveryError } from '../../core/delivery/delivery-error';
import { type DevInbox } from '../dev-inbox/dev-inbox';
import { DevInboxSmsGateway } from './dev-inbox-sms-gateway';
import { DisabledSmsGateway } from './disabled-sms-gateway';
import { HttpSmsGateway } from './http-sms-gateway';
import { createSmsGateway } from './sms-gateway-factory';
import { smsTestConfig } from './testing/sms-test-config';
import { TwilioSmsGateway } from './twilio-sms-gateway';

const sms = { to: '+33606101010', text: 'Code 482913', idempotencyKey: 'outbox-42' };

describe(createSmsGateway.name, () => {
  const recordSms = jest.fn<Promise<void>, [string, string]>();
  const inbox = { recordSms } as unknown as DevInbox;
  beforeEach(() => recordSms.mockReset().mockResolvedValue(undefined));

  it('records the SMS in the dev inbox for SMS_PROVIDER=dev-inbox', async () => {
    const gateway = createSmsGateway(smsTestConfig({ provider: 'dev-inbox' }), inbox);
    expect(gateway).toBeInstanceOf(DevInboxSmsGateway);
    await expect(gateway.send(sms)).resolves.toEqual({ providerId: 'dev-inbox' });
    expect(recordSms).toHaveBeenCalledWith('+33606101010', 'Code 482913');
  });

  it('refuses every SMS for good for SMS_PROVIDER=none', async () => {
    const gateway = createSmsGateway(smsTestConfig({ provider: 'none' }), inbox);
    expect(gateway).toBeInstanceOf(DisabledSmsGateway);
    const error = await gateway.send(sms).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({
      permanent: true,
      message: 'SMS sending is not configured (SMS_PROVIDER=none)',
    });
    expect(recordSms).not.toHaveBeenCalled();
  });

  it('builds the HTTP and Twilio adapters from their settings', () => {
    const http = smsTestConfig({
      provider: 'http',
      http: { url: 'http://127.0.0.1:1/', authHeader: undefined, bodyTemplate: '{"t":"{{text}}"}' },
    });
    expect(createSmsGateway(http, inbox)).toBeInstanceOf(HttpSmsGateway);
    const twilio = smsTestConfig({
      provider: 'twilio',
      twilio: { accountSid: 'AC1', authToken: 't', from: '+15005550006', apiUrl: 'http://x/' },
    });
    expect(createSmsGateway(twilio, inbox)).toBeInstanceOf(TwilioSmsGateway);
  });
});
