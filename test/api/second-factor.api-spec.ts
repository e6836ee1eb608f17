import { AuthErrorCode, CommonErrorCode, type SessionInfo } from '@guichet/contracts';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import { FakeSmsProvider } from '../../server/src/modules/sms/testing/fake-sms-provider';
import { totpCode } from '../support/authenticator';
import { DEMO, signIn, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';

describe('two-factor sign-in', () => {
  let testApp: TestApp;
  let sms: FakeSmsProvider;

  /** The last SMS code the provider received. */
  const lastSmsCode = async () => {
    await testApp.app.get(OutboxWorker).drain();
    const body = JSON.parse(sms.received.at(-1)!.body) as { text: string };
    return body.text.match(/\d{6}/)![0];
  };

  beforeAll(async () => {
    sms = await FakeSmsProvider.start();
    testApp = await startTestApp({
      demoData: true,
      env: { SMS_PROVIDER: 'http', SMS_HTTP_URL: sms.url, OTP_RESEND_COOLDOWN_S: '0' },
    });
  });

  afterAll(async () => {
    await testApp.close();
    await sms.stop();
  });

  it('turns on an authenticator app, then asks for its code at sign-in, once per code', async () => {
    const owner = await testApp.client();
    await signInOk(owner, DEMO.admin);
    const wrongPassword = await owner
      .post('/api/profile/second-factor/totp')
      .send({ password: 'nope' });
    expect(wrongPassword.status).toBe(422);
    const setup = await owner
      .post('/api/profile/second-factor/totp')
      .send({ password: DEMO.admin.password })
      .expect(200);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Guichet:ADMIN001\?/);
    const secret = setup.body.secret as string;
    await owner
      .post('/api/profile/second-factor/totp/confirm')
      .send({ code: '000000' })
      .expect(422);
    const confirmed = await owner
      .post('/api/profile/second-factor/totp/confirm')
      .send({ code: totpCode(secret, -1) })
      .expect(200);
    const recoveryCodes = confirmed.body.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);

    const client = await testApp.client();
    const pending = await signInOk(client, DEMO.admin);
    expect(pending.nextStep).toBe('second-factor');
    expect(pending.secondFactor).toEqual({ methods: ['totp', 'recovery'], maskedMobile: null });
    const waiting = client.cookies.get('guichet');
    // Nothing but the second factor answers meanwhile.
    expect((await client.get('/api/admin/outbox').expect(401)).body.code).toBe(
      AuthErrorCode.SecondFactorRequired,
    );
    await client
      .post('/api/auth/second-factor/verify')
      .send({ method: 'totp', code: '123456' })
      .expect(401);

    const code = totpCode(secret);
    const verified = await client
      .post('/api/auth/second-factor/verify')
      .send({ method: 'totp', code })
      .expect(200);
    expect((verified.body as SessionInfo).nextStep).toBe('home');
    expect(client.cookies.get('guichet')).not.toBe(waiting);
    await client.get('/api/admin/outbox').expect(200);

    // The same code cannot open a second session.
    const thief = await testApp.client();
    await signInOk(thief, DEMO.admin);
    await thief.post('/api/auth/second-factor/verify').send({ method: 'totp', code }).expect(401);

    // A recovery code works once.
    const recovered = await thief
      .post('/api/auth/second-factor/verify')
      .send({ method: 'recovery', code: recoveryCodes[0]!.toLowerCase() })
      .expect(200);
    expect(recovered.body.nextStep).toBe('home');
    const again = await testApp.client();
    await signInOk(again, DEMO.admin);
    await again
      .post('/api/auth/second-factor/verify')
      .send({ method: 'recovery', code: recoveryCodes[0] })
      .expect(401);

    await owner
      .post('/api/profile/second-factor/disable')
      .send({ password: DEMO.admin.password })
      .expect(204);
    expect((await signInOk(await testApp.client(), DEMO.admin)).nextStep).toBe('home');
  });

  it('sends an SMS code to the profile mobile, through the outbox, and accepts it once', async () => {
    const client = await testApp.client();
    const bataillon = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };
    await signInOk(client, bataillon);
    await client.post('/api/profile/second-factor/sms').send({ password: 'ancien70' }).expect(202);
    await client
      .post('/api/profile/second-factor/sms/confirm')
      .send({ code: await lastSmsCode() })
      .expect(200);

    const next = await testApp.client();
    const pending = await signInOk(next, bataillon);
    expect(pending.secondFactor).toEqual({
      methods: ['sms', 'recovery'],
      maskedMobile: '+33 6 •• •• •• 10',
    });
    await next.post('/api/auth/second-factor/sms').expect(202);
    const code = await lastSmsCode();
    expect(JSON.parse(sms.received.at(-1)!.body).to).toBe('+33606101010');
    const verified = await next
      .post('/api/auth/second-factor/verify')
      .send({ method: 'sms', code })
      .expect(200);
    expect(verified.body.nextStep).toBe('legacy-migration');
    await next.post('/api/auth/second-factor/verify').send({ method: 'sms', code }).expect(401);
  });

  it('refuses a malformed second-factor request without changing anything', async () => {
    const client = await testApp.client();
    await signInOk(client, DEMO.staff);
    const response = await client
      .post('/api/auth/second-factor/verify')
      .send({ method: 'fax', code: 1 })
      .expect(422);
    expect(response.body.code).toBe(CommonErrorCode.ValidationFailed);
    expect(Object.keys(response.body.fields).sort()).toEqual(['code', 'method']);
    const anonymous = await signIn(await testApp.client(), { ...DEMO.staff, password: 'wrong' });
    expect(anonymous.status).toBe(401);
  });
});
