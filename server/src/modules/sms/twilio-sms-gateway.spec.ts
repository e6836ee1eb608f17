import { DeliveryError } from '../../core/delivery/delivery-error';
import type { OutgoingSms } from './sms-gateway';
import { FakeSmsProvider, refusingUrl } from './testing/fake-sms-provider';
import { smsTestConfig } from './testing/sms-test-config';
import { TwilioSmsGateway } from './twilio-sms-gateway';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'twilio-auth-token';
const SERVICE = 'MG0123456789abcdef0123456789abcdef';
const sms: OutgoingSms = {
  to: '+33606101010',
  text: 'Cabinet : votre code est 482913 & valable 10 minutes.',
  idempotencyKey: 'outbox-42',
};

// A generous timeout so that a busy machine does not turn an answer into a timeout; the
// never-answering case passes its own short one.
const gatewayFor = (apiUrl: string, from = '+15005550006', timeoutMs = 5_000) =>
  new TwilioSmsGateway(
    smsTestConfig({
      provider: 'twilio',
      timeoutMs,
      twilio: { accountSid: ACCOUNT, authToken: TOKEN, from, apiUrl },
    }),
  );

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  const { message } = error as DeliveryError;
  for (const secret of ['606101010', '482913', TOKEN]) expect(message).not.toContain(secret);
  return error as DeliveryError;
};

/** Twilio's error body; its message echoes the number, as the real one does. */
const twilioError = (status: number, code: number) => ({
  code,
  message: `The 'To' number ${sms.to} is not a valid phone number.`,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

describe(TwilioSmsGateway.name, () => {
  let twilio: FakeSmsProvider;
  beforeEach(async () => (twilio = await FakeSmsProvider.start()));
  afterEach(() => twilio.stop());

  it('creates a Message with To, From and Body, authenticated with the account', async () => {
    twilio.answerWith(201, { sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued' });
    await expect(gatewayFor(twilio.url).send(sms)).resolves.toEqual({
      providerId: 'SM0123456789abcdef0123456789abcdef',
    });
    expect(twilio.received).toHaveLength(1);
    const [request] = twilio.received;
    expect(request).toMatchObject({
      method: 'POST',
      path: `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`,
    });
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const basic = Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64');
    expect(request.headers.authorization).toBe(`Basic ${basic}`);
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      To: sms.to,
      From: '+15005550006',
      Body: sms.text,
    });
  });

  it('sends through a Messaging Service when `from` is its SID', async () => {
    await gatewayFor(twilio.url, SERVICE).send(sms);
    const form = new URLSearchParams(twilio.received[0].body);
    expect(form.get('MessagingServiceSid')).toBe(SERVICE);
    expect(form.has('From')).toBe(false);
  });

  it('keeps an alphanumeric sender id that merely starts with MG', async () => {
    await gatewayFor(twilio.url, 'MGestion').send(sms);
    expect(new URLSearchParams(twilio.received[0].body).get('From')).toBe('MGestion');
  });

  it('keeps the path of an API URL given without a trailing slash', async () => {
    await gatewayFor(`${twilio.url}proxy/twilio`).send(sms);
    expect(twilio.received[0].path).toBe(
      `/proxy/twilio/2010-04-01/Accounts/${ACCOUNT}/Messages.json`,
    );
  });

  it('fails for good on a 400, naming Twilio’s error code but not its message', async () => {
    twilio.answerWith(400, twilioError(400, 21211));
    const error = await failure(gatewayFor(twilio.url).send(sms));
    expect(error.permanent).toBe(true);
    expect(error.message).toBe('Twilio answered 400 (Twilio error 21211)');
  });

  it('fails for good on bad credentials', async () => {
    twilio.answerWith(401, twilioError(401, 20003));
    expect((await failure(gatewayFor(twilio.url).send(sms))).permanent).toBe(true);
  });

  it.each([429, 500, 503])('fails for now when Twilio answers %i', async (status) => {
    twilio.answerWith(status, twilioError(status, status === 429 ? 20429 : 20500));
    const error = await failure(gatewayFor(twilio.url).send(sms));
    expect(error.permanent).toBe(false);
  });

  it('fails for now when Twilio answers a 503 without a JSON body', async () => {
    twilio.answerWith(503, '<html>Service Unavailable</html>');
    const error = await failure(gatewayFor(twilio.url).send(sms));
    expect(error).toMatchObject({ permanent: false, message: 'Twilio answered 503' });
  });

  it('gives up after the timeout when Twilio never answers, for now', async () => {
    twilio.neverAnswer();
    const error = await failure(gatewayFor(twilio.url, undefined, 200).send(sms));
    expect(error).toMatchObject({
      permanent: false,
      message: 'Twilio did not answer within 200 ms',
    });
  });

  it('fails for now when the connection is refused', async () => {
    const error = await failure(gatewayFor(await refusingUrl()).send(sms));
    expect(error).toMatchObject({ permanent: false, message: 'Twilio unreachable (ECONNREFUSED)' });
  });
});
