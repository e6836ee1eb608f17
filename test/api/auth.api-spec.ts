import { createHash } from 'node:crypto';
import {
  AuditEventKind,
  AuthErrorCode,
  CaptchaErrorCode,
  CommonErrorCode,
  Role,
} from '@guichet/contracts';
import { captchaFor, DEMO, signIn, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

describe('sign-in and sessions', () => {
  let testApp: TestApp;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);

  beforeAll(async () => {
    testApp = await startTestApp({
      demoData: true,
      env: {
        THROTTLE_IDENTIFIER_FREE: '3',
        THROTTLE_IDENTIFIER_MAX_DELAY_S: '2',
        THROTTLE_IP_FREE: '1000',
      },
    });
  });

  afterAll(() => testApp.close());

  it('signs an admin in, sets an HttpOnly SameSite cookie and describes the session', async () => {
    const client = await testApp.client();
    const response = await signIn(client, DEMO.admin);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.objectContaining({
        account: expect.objectContaining({
          role: Role.Admin,
          accessCode: 'ADMIN001',
          lastName: 'Administrateur',
        }),
        workspace: { slug: 'demo', name: 'Cabinet Demo' },
        nextStep: 'home',
        idleTimeoutSeconds: 20 * 60,
        privateComputer: false,
      }),
    );
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'])
      .find((c) => c.startsWith('guichet='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Expires|Max-Age/);
    const session = await client.get('/api/auth/session').expect(200);
    expect(session.body.account.id).toBe(response.body.account.id);
  });

  it('stores only a hash of the session token', async () => {
    const client = await testApp.client();
    await signInOk(client, DEMO.staff);
    const token = client.cookies.get('guichet')!;
    const rows = await sql<{ token_hash: Buffer }>('SELECT token_hash FROM session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash.toString('latin1').includes(token))).toBe(false);
    expect(rows.some((r) => r.token_hash.toString('base64url') === token)).toBe(false);
  });

  it('sends a legacy-password client to the migration first', async () => {
    const client = await testApp.client();
    expect((await signInOk(client, DEMO.legacyClient)).nextStep).toBe('legacy-migration');
  });

  it('answers every bad sign-in the same way, whatever was wrong, and audits each attempt', async () => {
    const cases = [
      { ...DEMO.admin, workspace: 'no-such-firm' },
      { ...DEMO.admin, identifier: 'NOBODY' },
      { ...DEMO.admin, password: 'wrong password' },
      { ...DEMO.admin, workspace: 'autre', password: DEMO.admin.password },
    ];
    const answers = [];
    for (const credentials of cases) {
      const response = await signIn(await testApp.client(), credentials);
      answers.push({ status: response.status, body: response.body });
    }
    expect(answers).toEqual(
      cases.map(() => ({
        status: 401,
        body: {
          code: AuthErrorCode.InvalidCredentials,
          message: 'Wrong workspace, identifier or password',
        },
      })),
    );
    const audited = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_event WHERE kind = $1 AND ip_prefix IS NOT NULL',
      [AuditEventKind.SignInFailed],
    );
    expect(audited[0]!.n).toBeGreaterThanOrEqual(cases.length);
  });

  it('rejects a CAPTCHA solution used twice', async () => {
    const client = await testApp.client();
    const captcha = await captchaFor(client);
    await signInOk(client, { ...DEMO.staff });
    expect((await signIn(client, { ...DEMO.staff, captcha })).status).toBe(200);
    const replay = await signIn(client, { ...DEMO.staff, captcha });
    expect(replay.status).toBe(422);
    expect(replay.body.code).toBe(CaptchaErrorCode.Replayed);
  });

  it('slows down repeated failures with 429 and Retry-After, then lets the owner in again', async () => {
    const target = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };
    for (let i = 0; i < 4; i++) {
      expect(
        (await signIn(await testApp.client(), { ...target, password: `guess-${i}` })).status,
      ).toBe(401);
    }
    const client = await testApp.client();
    const captcha = await captchaFor(client);
    const blocked = await signIn(client, { ...target, captcha });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe(AuthErrorCode.Throttled);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The throttle answers before the CAPTCHA is looked at, even a malformed one.
    const malformed = await signIn(client, { ...target, captcha: 'bm90IGEgY2FwdGNoYQ==' });
    expect(malformed.status).toBe(429);
    // The block is short and never permanent: after Retry-After the right password works, with
    // the CAPTCHA of the refused attempt (a blocked attempt uses it up no more than the password).
    await new Promise((resolve) =>
      setTimeout(resolve, Number(blocked.headers['retry-after']) * 1000 + 100),
    );
    expect((await signIn(client, { ...target, captcha })).status).toBe(200);
  });

  it('gives a new session id at sign-in, so a planted one is useless (no fixation)', async () => {
    const client = await testApp.client();
    await signInOk(client, DEMO.staff);
    const first = client.cookies.get('guichet')!;
    await signInOk(client, DEMO.staff);
    const second = client.cookies.get('guichet')!;
    expect(second).not.toBe(first);
    const planted = await testApp.client();
    planted.cookies.set('guichet', first);
    expect((await planted.get('/api/auth/session').expect(401)).body.code).toBe(
      AuthErrorCode.SessionExpired,
    );
  });

  it('ends a session after the idle timeout and after the absolute lifetime, on the server', async () => {
    for (const column of ['idle_expires_at', 'absolute_expires_at']) {
      const client = await testApp.client();
      const session = await signInOk(client, DEMO.staff);
      await client.get('/api/auth/session').expect(200);
      await sql(
        `UPDATE session SET ${column} = now() - interval '1 second' WHERE account_id = $1`,
        [session.account.id],
      );
      const expired = await client.get('/api/auth/session').expect(401);
      expect(expired.body.code).toBe(AuthErrorCode.SessionExpired);
      expect(client.cookies.has('guichet')).toBe(false);
    }
  });

  it("counts only the user's own requests as activity, not public ones such as the CAPTCHA", async () => {
    const client = await testApp.client();
    await signInOk(client, DEMO.staff);
    const tokenHash = createHash('sha256').update(client.cookies.get('guichet')!).digest();
    const idleOf = async () =>
      (
        await sql<{ idle: Date }>(
          'SELECT idle_expires_at AS idle FROM session WHERE token_hash = $1',
          [tokenHash],
        )
      )[0]!.idle.getTime();
    await sql(
      `UPDATE session SET last_seen_at = now() - interval '1 minute',
                          idle_expires_at = now() + interval '5 minutes' WHERE token_hash = $1`,
      [tokenHash],
    );
    const before = await idleOf();
    await client.get('/api/captcha/challenge').expect(200);
    expect(await idleOf()).toBe(before);
    await client.get('/api/auth/session').expect(200);
    expect(await idleOf()).toBeGreaterThan(before + 10 * 60_000);
  });

  it('keeps a private computer signed in without idle timeout, for the absolute lifetime', async () => {
    const client = await testApp.client();
    const response = await signIn(client, { ...DEMO.staff, privateComputer: true });
    expect(response.body).toEqual(
      expect.objectContaining({ privateComputer: true, idleExpiresAt: null }),
    );
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'])
      .find((c) => c.startsWith('guichet='));
    expect(cookie).toMatch(/Expires=/);
    const hours = (Date.parse(response.body.absoluteExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it('signs out on the server: the same cookie no longer works', async () => {
    const client = await testApp.client();
    await signInOk(client, DEMO.staff);
    const token = client.cookies.get('guichet')!;
    await client.post('/api/auth/sign-out').expect(204);
    const replayed = await testApp.client();
    replayed.cookies.set('guichet', token);
    await replayed.get('/api/auth/session').expect(401);
  });

  it('refuses a state-changing request without the XSRF header, or with another value', async () => {
    const client = await testApp.client();
    const captcha = await captchaFor(client);
    const body = { ...DEMO.staff, captcha };
    const xsrf = client.cookies.get('XSRF-TOKEN')!;
    const cookie = `XSRF-TOKEN=${xsrf}`;
    const missing = await testApp.http
      .post('/api/auth/sign-in')
      .set('Cookie', cookie)
      .send(body)
      .expect(403);
    expect(missing.body.code).toBe(AuthErrorCode.CsrfRejected);
    await testApp.http
      .post('/api/auth/sign-in')
      .set('Cookie', cookie)
      .set('X-XSRF-TOKEN', `${xsrf}x`)
      .send(body)
      .expect(403);
    await testApp.http.post('/api/auth/sign-in').send(body).expect(403);
  });

  it('answers bad input with 422 naming the fields, and stores nothing', async () => {
    const client = await testApp.client();
    const before = await sql<{ n: number }>('SELECT count(*)::int AS n FROM session');
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, ['captcha', 'identifier', 'password']],
      [{ ...DEMO.staff, captcha: 'x', identifier: 'x'.repeat(10_000) }, ['identifier']],
      [{ ...DEMO.staff, captcha: 'x', workspace: "demo'; DROP TABLE account; --" }, ['workspace']],
      [{ ...DEMO.staff, captcha: 'x', privateComputer: 'yes' }, ['privateComputer']],
      [{ ...DEMO.staff, captcha: 'x', role: 'admin' }, ['role']],
    ];
    for (const [body, fields] of cases) {
      const response = await client.post('/api/auth/sign-in').send(body).expect(422);
      expect(response.body.code).toBe(CommonErrorCode.ValidationFailed);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
    }
    const html = await signIn(client, { ...DEMO.staff, identifier: '<script>alert(1)</script>' });
    expect(html.status).toBe(401);
    const malformed = await client
      .post('/api/auth/sign-in')
      .set('Content-Type', 'application/json')
      .send('{"identifier": ');
    expect(malformed.status).toBe(400);
    const notUtf8 = await client
      .post('/api/auth/sign-in')
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    expect(notUtf8.status).toBeGreaterThanOrEqual(400);
    expect(notUtf8.status).toBeLessThan(500);
    expect(await sql('SELECT count(*)::int AS n FROM session')).toEqual(before);
    expect(
      (await sql<{ n: number }>('SELECT count(*)::int AS n FROM account'))[0]!.n,
    ).toBeGreaterThan(0);
  });
});

describe('throttle per address, growing delays; per-workspace idle timeout and keep-alive', () => {
  let testApp: TestApp;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const wait = (seconds: number) =>
    new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 150));

  beforeAll(async () => {
    testApp = await startTestApp({
      demoData: true,
      env: {
        THROTTLE_IDENTIFIER_FREE: '100',
        THROTTLE_IP_FREE: '2',
        THROTTLE_IP_MAX_DELAY_S: '2',
      },
    });
    // Before any sign-in reads the workspace (it is cached for a few seconds).
    await sql(`UPDATE workspace SET idle_timeout_minutes = 5 WHERE slug = 'demo'`);
  });

  afterAll(() => testApp.close());

  it('blocks an address failing on many identifiers, each block longer up to the cap, never for good', async () => {
    const attempt = async (identifier: string, password = 'wrong password') =>
      signIn(await testApp.client(), { workspace: 'demo', identifier, password });
    // Two free failures on two identifiers, the third blocks the address for 1 s…
    for (const identifier of ['inconnu-1', 'inconnu-2', 'ADMIN001']) {
      expect((await attempt(identifier)).status).toBe(401);
    }
    const first = await attempt(DEMO.staff.identifier, DEMO.staff.password);
    expect(first.status).toBe(429);
    expect(first.body.code).toBe(AuthErrorCode.Throttled);
    expect(Number(first.headers['retry-after'])).toBe(1);
    // …the next failure for 2 s (the cap here), whatever identifier it tried.
    await wait(1);
    expect((await attempt('inconnu-3')).status).toBe(401);
    const second = await attempt(DEMO.staff.identifier, DEMO.staff.password);
    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(2);
    await wait(2);
    expect((await attempt('inconnu-4')).status).toBe(401);
    expect(Number((await attempt('inconnu-5')).headers['retry-after'])).toBe(2);
    // Once the wait is over, the right password works.
    await wait(2);
    expect((await attempt(DEMO.staff.identifier, DEMO.staff.password)).status).toBe(200);
    const throttled = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE kind = $1`,
      [AuditEventKind.SignInThrottled],
    );
    expect(throttled[0]!.n).toBe(3);
  });

  it("follows the workspace's idle timeout, and keep-alive starts it again", async () => {
    const client = await testApp.client();
    const session = await signInOk(client, DEMO.admin);
    expect(session.idleTimeoutSeconds).toBe(5 * 60);
    const minutesLeft = (at: string | Date) => (new Date(at).getTime() - Date.now()) / 60_000;
    expect(minutesLeft(session.idleExpiresAt!)).toBeGreaterThan(4.9);
    expect(minutesLeft(session.idleExpiresAt!)).toBeLessThanOrEqual(5);
    const tokenHash = createHash('sha256').update(client.cookies.get('guichet')!).digest();
    await sql(
      `UPDATE session SET last_seen_at = now() - interval '4 minutes',
                          idle_expires_at = now() + interval '1 minute' WHERE token_hash = $1`,
      [tokenHash],
    );
    const kept = await client.post('/api/auth/session/keep-alive').expect(200);
    expect(minutesLeft(kept.body.idleExpiresAt)).toBeGreaterThan(4.9);
    const [row] = await sql<{ idle: Date }>(
      'SELECT idle_expires_at AS idle FROM session WHERE token_hash = $1',
      [tokenHash],
    );
    expect(minutesLeft(row!.idle)).toBeGreaterThan(4.9);
    // Past it, the session is over on the server.
    await sql(
      `UPDATE session SET idle_expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [tokenHash],
    );
    await client.post('/api/auth/session/keep-alive').expect(401);
  });
});
