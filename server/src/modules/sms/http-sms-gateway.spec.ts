import { ConfigError } from '../../core/config/config-error';
import { DeliveryError } from '../../core/delivery/delivery-error';
import { HttpSmsGateway } from './http-sms-gateway';
import type { OutgoingSms } from './sms-gateway';
import { FakeSmsProvider, refusingUrl } from './testing/fake-sms-provider';
import { smsTestConfig } from './testing/sms-test-config';

const SECRET = 'Bearer s3cr3t-t0ken';
const sms: OutgoingSms = {
  to: '+33606101010',
  text: 'Cabinet "D" : votre code est 482913.\nNe le communiquez à personne \\ 😀',
  idempotencyKey: 'outbox-42',
};

// A generous timeout so that a busy machine does not turn an answer into a timeout; the
// never-answering case passes its own short one.
const gatewayFor = (
  url: string,
  http: { authHeader?: string; bodyTemplate?: string } = {},
  timeoutMs = 5_000,
) =>
  new HttpSmsGateway(
    smsTestConfig({
      provider: 'http',
      sender: 'Degueldre',
      timeoutMs,
      http: {
        url,
        authHeader: `Authorization: ${SECRET}`,
        bodyTemplate: '{"to":"{{to}}","from":"{{sender}}","text":"{{text}}"}',
        ...http,
      },
    }),
  );

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  const { message } = error as DeliveryError;
  for (const secret of [sms.to, '606101010', '482913', 's3cr3t']) {
    expect(message).not.toContain(secret);
  }
  return error as DeliveryError;
};

describe(HttpSmsGateway.name, () => {
  let provider: FakeSmsProvider;
  beforeEach(async () => (provider = await FakeSmsProvider.start()));
  afterEach(() => provider.stop());

  it('POSTs the filled-in JSON template with the auth and idempotency headers', async () => {
    provider.answerWith(200, { id: 'msg-1' });
    await expect(gatewayFor(`${provider.url}v1/sms?x=1`).send(sms)).resolves.toEqual({
      providerId: 'msg-1',
    });
    expect(provider.received).toHaveLength(1);
    const [request] = provider.received;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/sms?x=1' });
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.authorization).toBe(SECRET);
    expect(request.headers['idempotency-key']).toBe('outbox-42');
    // Quotes, a line break, a backslash and an emoji in the text still give valid JSON.
    expect(JSON.parse(request.body)).toEqual({ to: sms.to, from: 'Degueldre', text: sms.text });
  });

  it('fills in {{idempotencyKey}} and sends any auth header name', async () => {
    const gateway = gatewayFor(provider.url, {
      authHeader: 'X-Api-Key:  abc123 ',
      bodyTemplate: '{"messages":[{"dest":"{{to}}","body":"{{text}}","ref":"{{idempotencyKey}}"}]}',
    });
    await gateway.send(sms);
    const [request] = provider.received;
    expect(request.headers['x-api-key']).toBe('abc123');
    expect(JSON.parse(request.body)).toEqual({
      messages: [{ dest: sms.to, body: sms.text, ref: 'outbox-42' }],
    });
  });

  it.each([
    [{ messageId: 'm-2' }, 'm-2'],
    [{ sid: 'SM3' }, 'SM3'],
    [{ id: 4 }, '4'],
    [{ status: 'queued' }, undefined],
    ['accepted', undefined],
  ])('reads the provider id from %j', async (body, providerId) => {
    provider.answerWith(202, body);
    await expect(gatewayFor(provider.url).send(sms)).resolves.toEqual({ providerId });
  });

  it.each([400, 401, 403, 404, 422])(
    'fails for good when the provider answers %i',
    async (status) => {
      provider.answerWith(status, { error: `bad number ${sms.to}` });
      const error = await failure(gatewayFor(provider.url).send(sms));
      expect(error.permanent).toBe(true);
      expect(error.message).toBe(`SMS provider answered ${status}`);
    },
  );

  it.each([408, 429, 500, 502, 503])(
    'fails for now when the provider answers %i',
    async (status) => {
      provider.answerWith(status);
      const error = await failure(gatewayFor(provider.url).send(sms));
      expect(error.permanent).toBe(false);
    },
  );

  it('gives up after the timeout when the provider never answers, for now', async () => {
    provider.neverAnswer();
    const started = Date.now();
    const error = await failure(gatewayFor(provider.url, {}, 200).send(sms));
    expect(error.permanent).toBe(false);
    expect(error.message).toBe('SMS provider did not answer within 200 ms');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(provider.received).toHaveLength(1);
  });

  it('fails for now when the connection is refused', async () => {
    const error = await failure(gatewayFor(await refusingUrl()).send(sms));
    expect(error.permanent).toBe(false);
    expect(error.message).toBe('SMS provider unreachable (ECONNREFUSED)');
  });

  it('refuses at start-up a template that does not give JSON or a malformed auth header', () => {
    expect(() => gatewayFor(provider.url, { bodyTemplate: '{"text":{{text}}}' })).toThrow(
      ConfigError,
    );
    expect(() => gatewayFor(provider.url, { authHeader: SECRET })).toThrow(ConfigError);
    expect(() => gatewayFor(provider.url, { authHeader: 'Bad Name: x' })).toThrow(ConfigError);
  });
});
