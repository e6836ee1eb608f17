import { Logger } from '@nestjs/common';
import { createLogging } from '../../server/src/core/logging/logging';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import { FakeSmsProvider } from '../../server/src/modules/sms/testing/fake-sms-provider';
import { DEMO, signIn, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';

/** JSON log lines (OPS-3): request ids, and nothing secret or personal in any line. */
describe('logs', () => {
  let testApp: TestApp;
  let sms: FakeSmsProvider;
  const lines: string[] = [];
  const captured = () => lines.join('');

  beforeAll(async () => {
    sms = await FakeSmsProvider.start();
    const logging = createLogging(
      { format: 'json', level: 'debug' },
      { write: (line: string) => void lines.push(line) },
    );
    testApp = await startTestApp({
      demoData: true,
      logging,
      env: { SMS_PROVIDER: 'http', SMS_HTTP_URL: sms.url, OTP_RESEND_COOLDOWN_S: '0' },
    });
  });

  afterAll(async () => {
    await testApp.close();
    await sms.stop();
  });

  it('writes one JSON object a line, with the request id it echoes', async () => {
    const response = await testApp.http
      .get('/api/health/live')
      .set('X-Request-Id', 'proxy-1234-abcd')
      .expect(200);
    expect(response.headers['x-request-id']).toBe('proxy-1234-abcd');
    const line = lines
      .map((text) => JSON.parse(text) as { req?: { id: string; path: string }; level: string })
      .find((entry) => entry.req?.id === 'proxy-1234-abcd');
    expect(line).toEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'request completed',
        req: { id: 'proxy-1234-abcd', method: 'GET', path: '/api/health/live' },
        res: { status: 200 },
        responseTime: expect.any(Number),
      }),
    );
  });

  it('logs the path without its query string and scrubbed, and a 4xx at info', async () => {
    await testApp.http
      .get('/api/health/someone@example.org?email=other@example.org')
      .set('X-Request-Id', 'proxy-5678-efgh')
      .expect(404);
    const line = lines.find((text) => text.includes('proxy-5678-efgh') && text.includes('"res"'));
    expect(JSON.parse(line!)).toEqual(
      expect.objectContaining({
        level: 'info',
        req: { id: 'proxy-5678-efgh', method: 'GET', path: '[redacted]' },
        res: { status: 404 },
      }),
    );
    expect(captured()).not.toMatch(/someone@|other@/);
  });

  it('replaces a malformed incoming request id by its own', async () => {
    for (const bad of ['short', 'has space in it', 'x'.repeat(200), 'inject\\nline']) {
      const response = await testApp.http.get('/api/health/live').set('X-Request-Id', bad);
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('never logs a password, a one-time code, an e-mail address or a phone number', async () => {
    const staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    await signIn(await testApp.client(), { ...DEMO.staff, password: 'Wrong-Password-2026!' });

    const client = await testApp.client();
    const bataillon = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };
    await signInOk(client, bataillon);
    await client.post('/api/profile/second-factor/sms').send({ password: 'ancien70' }).expect(202);
    await testApp.app.get(OutboxWorker).drain();
    const text = (JSON.parse(sms.received.at(-1)!.body) as { text: string }).text;
    const code = text.match(/\d{6}/)![0];

    // What careless code might log: the redaction still holds.
    const logger = new Logger('Careless');
    logger.log(`signed in ${DEMO.staff.identifier} from +33 6 06 10 10 10`);
    logger.warn({ email: DEMO.staff.identifier, password: DEMO.staff.password, code });
    logger.error(new Error(`could not reach ${DEMO.staff.identifier}`));

    const log = captured();
    expect(log).toContain('"context":"Careless"');
    expect(log).toContain('[redacted]');
    for (const secret of [
      DEMO.staff.password,
      'Wrong-Password-2026!',
      'ancien70',
      code,
      DEMO.staff.identifier,
      '+33606101010',
      '+33 6 06 10 10 10',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
