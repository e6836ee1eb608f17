import {
  type AdminAuditPage,
  AuditEventKind,
  CommonErrorCode,
  OtpErrorCode,
  type Profile,
  SmsErrorCode,
} from '@guichet/contracts';
import { OutboxWorker } from '../../server/src/modules/outbox/outbox-worker';
import { FakeSmsProvider } from '../../server/src/modules/sms/testing/fake-sms-provider';
import type { ApiClient } from '../support/api-client';
import { totpCode } from '../support/authenticator';
import { accountId } from '../support/ids';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

describe('profile', () => {
  let testApp: TestApp;
  let sms: FakeSmsProvider;
  const bataillon = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };
  const staffByCode = { workspace: 'demo', identifier: 'GEST0001', password: DEMO.staff.password };

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const mobileOnFile = async (accessCode: string) =>
    (
      await sql<{ mobile: string | null; verified: boolean }>(
        `SELECT a.mobile, a.mobile_verified_at IS NOT NULL AS verified
           FROM account a JOIN workspace w ON w.id = a.workspace_id
          WHERE w.slug = 'demo' AND a.access_code = $1`,
        [accessCode],
      )
    )[0];
  /** How many SMS the provider has received, once every SMS queued so far is delivered. */
  const smsCount = async () => {
    await testApp.app.get(OutboxWorker).drain();
    return sms.received.length;
  };
  /** SMS the provider received since `since` (an index in its list), as `{ to, code }`. */
  const smsSince = async (since: number) => {
    await testApp.app.get(OutboxWorker).drain();
    return sms.received.slice(since).map((request) => {
      const body = JSON.parse(request.body) as { to: string; text: string };
      return { to: body.to, code: body.text.match(/\d{6}/)![0] };
    });
  };
  const signedIn = async (credentials: typeof bataillon) => {
    const client = await testApp.client();
    await signInOk(client, credentials);
    return client;
  };
  const profileOf = async (client: ApiClient) =>
    (await client.get('/api/profile').expect(200)).body as Profile;

  beforeAll(async () => {
    sms = await FakeSmsProvider.start();
    testApp = await startTestApp({
      demoData: true,
      env: {
        SMS_PROVIDER: 'http',
        SMS_HTTP_URL: sms.url,
        OTP_RESEND_COOLDOWN_S: '0',
        THROTTLE_IP_FREE: '1000',
      },
    });
  });

  afterAll(async () => {
    await testApp.close();
    await sms.stop();
  });

  it('shows the signed-in user their own identity, contact data and second factors', async () => {
    const admin = await signedIn(DEMO.admin);
    expect(await profileOf(admin)).toEqual<Profile>({
      id: await accountId(testApp.database.url, 'demo', 'ADMIN001'),
      role: 'admin' as Profile['role'],
      civility: null,
      firstName: 'Alex',
      lastName: 'Administrateur',
      accessCode: 'ADMIN001',
      email: 'admin@demo.guichet.test',
      mobile: null,
      secondFactor: { totp: false, sms: false, recoveryCodesLeft: 0 },
      language: 'fr',
    });

    const client = await signedIn(bataillon);
    const profile = await profileOf(client);
    expect(profile.accessCode).toBe('70016968');
    // In full, to its owner; not verified yet: it came with the import.
    expect(profile.mobile).toEqual({
      e164: '+33606101010',
      display: '+33 6 06 10 10 10',
      verified: false,
    });
  });

  it('answers 401 to a visitor', async () => {
    const visitor = await testApp.client();
    expect((await visitor.get('/api/profile').expect(401)).body.code).toBe(
      CommonErrorCode.Unauthenticated,
    );
    await visitor
      .post('/api/profile/mobile')
      .send({ password: 'x', mobile: '0612345678' })
      .expect(401);
  });

  it('adds a mobile once a code sent to the new number comes back, and audits it', async () => {
    const staff = await signedIn(staffByCode);
    const before = await smsCount();

    const started = await staff
      .post('/api/profile/mobile')
      .send({ password: staffByCode.password, mobile: '07 81 23 45 67' })
      .expect(202);
    expect(started.body).toEqual({ display: '+33 7 81 23 45 67' });
    const [sent, ...others] = await smsSince(before);
    expect(sent?.to).toBe('+33781234567');
    expect(others).toEqual([]);
    // Nothing is stored before the proof.
    expect(await mobileOnFile('GEST0001')).toEqual({ mobile: null, verified: false });

    const wrong = sent!.code === '000000' ? '111111' : '000000';
    const refused = await staff
      .post('/api/profile/mobile/confirm')
      .send({ code: wrong })
      .expect(422);
    expect(refused.body.fields).toEqual({ code: ['invalid'] });
    expect(await mobileOnFile('GEST0001')).toEqual({ mobile: null, verified: false });

    const confirmed = await staff
      .post('/api/profile/mobile/confirm')
      .send({ code: sent!.code })
      .expect(200);
    expect((confirmed.body as Profile).mobile).toEqual({
      e164: '+33781234567',
      display: '+33 7 81 23 45 67',
      verified: true,
    });
    expect(await mobileOnFile('GEST0001')).toEqual({ mobile: '+33781234567', verified: true });
    // The code works once.
    await staff.post('/api/profile/mobile/confirm').send({ code: sent!.code }).expect(422);

    const admin = await signedIn(DEMO.admin);
    const staffId = await accountId(testApp.database.url, 'demo', 'GEST0001');
    const trail = (await admin.get(`/api/admin/audit?accountId=${staffId}`).expect(200))
      .body as AdminAuditPage;
    expect(trail.items[0]).toMatchObject({
      kind: AuditEventKind.ProfileMobileChanged,
      actor: { id: staffId },
      targetAccount: { id: staffId },
    });
  });

  it('stores the number the code went to, never one named afterwards', async () => {
    const client = await signedIn(bataillon);
    const before = await smsCount();
    await client
      .post('/api/profile/mobile')
      .send({ password: bataillon.password, mobile: '+33 6 11 22 33 44' })
      .expect(202);
    await client
      .post('/api/profile/mobile')
      .send({ password: bataillon.password, mobile: '+33 6 55 66 77 88' })
      .expect(202);
    const [first, second] = await smsSince(before);
    expect([first?.to, second?.to]).toEqual(['+33611223344', '+33655667788']);

    // A newer code replaces the older one; the request cannot even name a number.
    const naming = await client
      .post('/api/profile/mobile/confirm')
      .send({ code: first!.code, mobile: '+33611223344' })
      .expect(422);
    expect(Object.keys(naming.body.fields)).toEqual(['mobile']);
    if (first!.code !== second!.code) {
      await client.post('/api/profile/mobile/confirm').send({ code: first!.code }).expect(422);
    }
    await client.post('/api/profile/mobile/confirm').send({ code: second!.code }).expect(200);
    expect(await mobileOnFile('70016968')).toEqual({ mobile: '+33655667788', verified: true });
  });

  it.each([
    ['text', 'not a number'],
    ['a landline', '01 23 45 67 89'],
    ['too few digits', '06 12'],
  ])('refuses %s as a mobile with 422, sending and storing nothing', async (_what, mobile) => {
    const client = await signedIn(DEMO.admin);
    const before = await smsCount();
    const challenges = await sql(`SELECT id FROM otp_challenge`);

    const response = await client
      .post('/api/profile/mobile')
      .send({ password: DEMO.admin.password, mobile })
      .expect(422);

    expect(response.body.code).toBe(SmsErrorCode.InvalidPhoneNumber);
    expect(await smsSince(before)).toEqual([]);
    expect(await sql(`SELECT id FROM otp_challenge`)).toEqual(challenges);
    expect(await mobileOnFile('ADMIN001')).toEqual({ mobile: null, verified: false });
  });

  it('asks for the password again and sends nothing when it is wrong', async () => {
    const client = await signedIn(DEMO.admin);
    const before = await smsCount();

    const response = await client
      .post('/api/profile/mobile')
      .send({ password: 'not-the-password', mobile: '06 98 76 54 32' })
      .expect(422);

    expect(response.body.fields).toEqual({ password: ['invalid'] });
    expect(await smsSince(before)).toEqual([]);
    const missing = await client.post('/api/profile/mobile').send({ mobile: 123 }).expect(422);
    expect(Object.keys(missing.body.fields).sort()).toEqual(['mobile', 'password']);
  });

  it("keeps each session to its own account: another user's code changes nothing", async () => {
    const admin = await signedIn(DEMO.admin);
    const other = await signedIn(DEMO.otherAdmin);
    const before = await smsCount();
    await other
      .post('/api/profile/mobile')
      .send({ password: DEMO.otherAdmin.password, mobile: '06 44 33 22 11' })
      .expect(202);
    const [sent] = await smsSince(before);

    await admin.post('/api/profile/mobile/confirm').send({ code: sent!.code }).expect(422);
    expect(await mobileOnFile('ADMIN001')).toEqual({ mobile: null, verified: false });
    expect((await profileOf(admin)).accessCode).toBe('ADMIN001');
    expect((await profileOf(other)).lastName).toBe('Autre');

    // Even the same person's other session: the code belongs to the flow that asked for it.
    const sameAdminElsewhere = await signedIn(DEMO.otherAdmin);
    await sameAdminElsewhere
      .post('/api/profile/mobile/confirm')
      .send({ code: sent!.code })
      .expect(422);
    // Wrong tries elsewhere cost the flow that asked nothing.
    const confirmed = await other
      .post('/api/profile/mobile/confirm')
      .send({ code: sent!.code })
      .expect(200);
    expect((confirmed.body as Profile).mobile?.e164).toBe('+33644332211');
  });

  it('refuses a change without the XSRF header', async () => {
    const client = await signedIn(DEMO.staff);
    const before = await smsCount();
    const cookie = client.cookieHeader();

    await testApp.http
      .post('/api/profile/mobile')
      .set('Cookie', cookie)
      .send({ password: DEMO.staff.password, mobile: '06 77 88 99 00' })
      .expect(403);
    await testApp.http
      .post('/api/profile/second-factor/disable')
      .set('Cookie', cookie)
      .send({ password: DEMO.staff.password })
      .expect(403);

    expect(await smsSince(before)).toEqual([]);
  });

  it('stops sending codes to one number after the hourly cap', async () => {
    const client = await signedIn(DEMO.admin);
    const send = () =>
      client
        .post('/api/profile/mobile')
        .send({ password: DEMO.admin.password, mobile: '06 10 20 30 40' });
    // OTP_HOURLY_CAP_RECIPIENT is 5 by default.
    for (let i = 0; i < 5; i++) await send().expect(202);
    const capped = await send().expect(429);
    expect(capped.body.code).toBe(OtpErrorCode.CapReached);
    expect(Number(capped.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('shows the second factors turned on and off, and audits each change', async () => {
    const admin = await signedIn(DEMO.admin);
    const { secret } = (
      await admin
        .post('/api/profile/second-factor/totp')
        .send({ password: DEMO.admin.password })
        .expect(200)
    ).body as { secret: string };
    // Set up but not confirmed: still off.
    expect((await profileOf(admin)).secondFactor.totp).toBe(false);
    await admin
      .post('/api/profile/second-factor/totp/confirm')
      .send({ code: totpCode(secret) })
      .expect(200);
    expect((await profileOf(admin)).secondFactor).toEqual({
      totp: true,
      sms: false,
      recoveryCodesLeft: 10,
    });

    await admin
      .post('/api/profile/second-factor/disable')
      .send({ password: DEMO.admin.password })
      .expect(204);
    expect((await profileOf(admin)).secondFactor).toEqual({
      totp: false,
      sms: false,
      recoveryCodesLeft: 0,
    });

    const adminId = await accountId(testApp.database.url, 'demo', 'ADMIN001');
    const trail = (await admin.get(`/api/admin/audit?accountId=${adminId}`).expect(200))
      .body as AdminAuditPage;
    expect(trail.items.slice(0, 2).map((event) => event.kind)).toEqual([
      AuditEventKind.SecondFactorDisabled,
      AuditEventKind.TotpEnabled,
    ]);
  });

  it('verifies the mobile on file when SMS codes are turned on with a code sent to it', async () => {
    const client = await signedIn({
      workspace: 'demo',
      identifier: '72018689',
      password: 'ancien72',
    });
    await client.post('/api/profile/second-factor/sms').send({ password: 'ancien72' }).expect(422);

    // A mobile on file, as an import would leave it: not verified.
    await sql(`UPDATE account SET mobile = '+33612345678' WHERE id = $1`, [
      await accountId(testApp.database.url, 'demo', '72018689'),
    ]);
    expect((await profileOf(client)).mobile?.verified).toBe(false);
    const before = await smsCount();
    await client.post('/api/profile/second-factor/sms').send({ password: 'ancien72' }).expect(202);
    const [sent] = await smsSince(before);
    expect(sent?.to).toBe('+33612345678');
    await client
      .post('/api/profile/second-factor/sms/confirm')
      .send({ code: sent!.code })
      .expect(200);

    expect((await profileOf(client)).mobile?.verified).toBe(true);
    expect((await profileOf(client)).secondFactor).toEqual({
      totp: false,
      sms: true,
      recoveryCodesLeft: 10,
    });
  });

  it('sends mails and SMS in the language the user chose ("English on request")', async () => {
    const client = await signedIn(bataillon);
    await client.put('/api/profile/language').send({ language: 'de' }).expect(422);
    expect((await client.get('/api/profile').expect(200)).body.language).toBe('fr');
    await client.put('/api/profile/language').send({ language: 'en' }).expect(204);
    expect((await client.get('/api/profile').expect(200)).body.language).toBe('en');

    const before = await smsCount();
    await client
      .post('/api/profile/mobile')
      .send({ password: bataillon.password, mobile: '07 81 23 45 99' })
      .expect(202);
    await testApp.app.get(OutboxWorker).drain();
    const texts = sms.received
      .slice(before)
      .map((r) => (JSON.parse(r.body) as { text: string }).text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('your confirmation code is');

    await client.put('/api/profile/language').send({ language: 'fr' }).expect(204);
    const visitor = await testApp.client();
    await visitor.put('/api/profile/language').send({ language: 'en' }).expect(401);
  });
});
