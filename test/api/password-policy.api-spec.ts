import {
  AuditEventKind,
  AuthErrorCode,
  CommonErrorCode,
  IdentityErrorCode,
  type PasswordPolicy,
  type PasswordPolicyMode,
  type SessionInfo,
  type WorkspacePasswordPolicy,
} from '@guichet/contracts';
import { CNIL_2022, SEED_002_CLASSIC } from '@guichet/password-policy';
import type { ApiClient } from '../support/api-client';
import { IdentityInbox } from '../support/identity-inbox';
import { changePassword, personalAccount } from '../support/password-accounts';
import { captchaFor, DEMO, signIn, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const STRONG = [
  'Tulipe-Orage-Vermeil-42',
  'Grenouille-Violette-Brume-83',
  'marmotte cuivre 19 sablier',
];

describe('password policy, sign-in re-check and change password (PWD-1, PWD-2, PWD-4, PWD-5)', () => {
  let testApp: TestApp;
  let inbox: IdentityInbox;
  let admin: ApiClient;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const putPolicy = (mode: PasswordPolicyMode, policy: PasswordPolicy, client = admin) =>
    client.put('/api/admin/password-policy').send({ mode, policy });
  const setPolicy = async (mode: PasswordPolicyMode, policy: PasswordPolicy = CNIL_2022) =>
    (await putPolicy(mode, policy).expect(200)).body as WorkspacePasswordPolicy;
  const signedIn = async (credentials: Parameters<typeof signInOk>[1]) => {
    const client = await testApp.client();
    return { client, session: await signInOk(client, credentials) };
  };
  const person = (n: number) => ({
    accessCode: `POL0000${n}`,
    firstName: 'Inès',
    lastName: `Durand${n}`,
    email: `ines.durand${n}@example.org`,
  });
  const credentialsOf = (n: number, password: string) => ({
    workspace: 'demo',
    identifier: `POL0000${n}`,
    password,
  });

  beforeAll(async () => {
    inbox = await IdentityInbox.start();
    testApp = await startTestApp({
      demoData: true,
      env: { ...inbox.env, THROTTLE_IP_FREE: '1000', IDENTITY_ANSWER_FLOOR_MS: '0' },
    });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
  });

  afterAll(async () => {
    await testApp.close();
    await inbox.stop();
  });

  afterEach(async () => {
    // Each test starts from the demo firm's roll-out: CNIL 2022 in warn mode.
    await setPolicy('warn');
  });

  it('admins read and change the policy: the rules bump the version, the mode alone does not; limits answer 422 and change nothing', async () => {
    const initial = (await admin.get('/api/admin/password-policy').expect(200))
      .body as WorkspacePasswordPolicy;
    expect(initial).toEqual({
      mode: 'warn',
      policy: CNIL_2022,
      version: 1,
      updatedAt: null,
      updatedBy: null,
    });

    const classic = await setPolicy('warn', SEED_002_CLASSIC);
    expect(classic).toMatchObject({ mode: 'warn', policy: SEED_002_CLASSIC, version: 2 });
    expect(classic.updatedBy).toMatchObject({ name: 'Alex Administrateur' });
    expect((await setPolicy('enforce', SEED_002_CLASSIC)).version).toBe(2);
    // Edited fields make a custom policy, whatever preset the client named.
    const custom = await setPolicy('enforce', { ...CNIL_2022, minLength: 14 });
    expect(custom).toMatchObject({ version: 3, policy: { preset: 'custom', minLength: 14 } });
    // Back to the exact rules of a preset: named after it again.
    expect((await setPolicy('warn', CNIL_2022)).policy.preset).toBe('cnil-2022');

    const before = (await admin.get('/api/admin/password-policy').expect(200)).body;
    const outOfLimits = await putPolicy('warn', {
      ...CNIL_2022,
      minLength: 4,
      maxLength: 20,
      historySize: 99,
      maxAgeDays: 2,
    }).expect(422);
    expect(outOfLimits.body.code).toBe(CommonErrorCode.ValidationFailed);
    expect(Object.keys(outOfLimits.body.fields).sort()).toEqual([
      'policy.historySize',
      'policy.maxAgeDays',
      'policy.maxLength',
      'policy.minLength',
    ]);
    const crossed = await putPolicy('warn', {
      ...CNIL_2022,
      minLength: 100,
      maxLength: 64,
      minLengthWithSecondFactor: 120,
    }).expect(422);
    expect(crossed.body.fields).toEqual({
      'policy.maxLength': ['belowMinLength'],
      'policy.minLengthWithSecondFactor': ['aboveMinLength'],
    });
    const badMode = await admin
      .put('/api/admin/password-policy')
      .send({ mode: 'strict', policy: CNIL_2022, extra: 1 })
      .expect(422);
    expect(Object.keys(badMode.body.fields).sort()).toEqual(['extra', 'mode']);
    expect((await admin.get('/api/admin/password-policy').expect(200)).body).toEqual(before);

    const events = await sql<{ kind: string }>(`SELECT kind FROM audit_event WHERE kind = $1`, [
      AuditEventKind.PasswordPolicyUpdated,
    ]);
    expect(events).toHaveLength(4);
  });

  it("is for the firm's admins only, each firm its own policy; XSRF required", async () => {
    const anonymous = await testApp.client();
    expect((await anonymous.get('/api/admin/password-policy').expect(401)).body.code).toBe(
      CommonErrorCode.Unauthenticated,
    );
    const { client: legacy } = await signedIn(DEMO.legacyClient);
    expect((await legacy.get('/api/admin/password-policy').expect(403)).body.code).toBe(
      CommonErrorCode.Forbidden,
    );
    const { client: otherFirm } = await signedIn(DEMO.otherAdmin);
    await setPolicy('enforce', SEED_002_CLASSIC);
    expect((await otherFirm.get('/api/admin/password-policy').expect(200)).body).toMatchObject({
      mode: 'off',
      version: 1,
      policy: { preset: 'cnil-2022' },
    });
    const cookie = admin.cookieHeader();
    const forged = await testApp.http
      .put('/api/admin/password-policy')
      .set('Cookie', cookie)
      .send({ mode: 'off', policy: CNIL_2022 })
      .expect(403);
    expect(forged.body.code).toBe(AuthErrorCode.CsrfRejected);
    expect((await admin.get('/api/admin/password-policy').expect(200)).body.mode).toBe('enforce');
  });

  it('warn mode signs a weak password in with a warning; enforce mode sends it to the change step first', async () => {
    // The demo staff password contains the firm's name ("Demo-Gestion-2026!").
    const warned = await signedIn(DEMO.staff);
    expect(warned.session.nextStep).toBe('home');
    expect(warned.session.passwordWarning).toEqual({
      reasons: ['weak'],
      unmetRules: ['no-context-words'],
      expiresAt: null,
    });
    expect((await warned.client.get('/api/auth/session').expect(200)).body.passwordWarning).toEqual(
      warned.session.passwordWarning,
    );
    await warned.client.get('/api/profile').expect(200);
    const [checked] = await sql(
      `SELECT password_policy_version AS version, password_meets_policy AS meets,
              password_unmet_rules AS unmet, password_change_reason AS reason
         FROM account WHERE access_code = 'GEST0001'`,
    );
    const { version } = (await admin.get('/api/admin/password-policy').expect(200)).body;
    expect(checked).toEqual({
      version,
      meets: false,
      unmet: ['no-context-words'],
      reason: null,
    });

    await setPolicy('enforce');
    const forced = await signedIn(DEMO.staff);
    expect(forced.session).toMatchObject({
      nextStep: 'change-password',
      passwordChange: { reason: 'weak' },
    });
    expect(forced.session.passwordWarning).toBeUndefined();
    expect((await forced.client.get('/api/profile').expect(403)).body.code).toBe(
      AuthErrorCode.PasswordChangeRequired,
    );
    // A session opened before the change was required goes on until it ends.
    await warned.client.get('/api/profile').expect(200);
    const changed = (
      await changePassword(forced.client, DEMO.staff.password, STRONG[0]!).expect(200)
    ).body as SessionInfo;
    expect(changed.nextStep).toBe('home');
    const again = await signedIn({ ...DEMO.staff, password: STRONG[0]! });
    expect(again.session.nextStep).toBe('home');
    expect(again.session.passwordWarning).toBeUndefined();
  });

  it('an expired password (maximum age) warns in warn mode and must be changed in enforce mode (PWD-5)', async () => {
    const client = await testApp.client();
    const id = await personalAccount(admin, client, person(1), STRONG[0]!);
    await setPolicy('warn', { ...CNIL_2022, maxAgeDays: 90 });
    // Move time: the password was set 91 days ago.
    await sql(`UPDATE account SET password_set_at = now() - interval '91 days' WHERE id = $1`, [
      id,
    ]);
    const warned = await signedIn(credentialsOf(1, STRONG[0]!));
    expect(warned.session.nextStep).toBe('home');
    expect(warned.session.passwordWarning).toMatchObject({ reasons: ['expired'], unmetRules: [] });
    expect(Date.parse(warned.session.passwordWarning!.expiresAt!)).toBeLessThan(
      Date.now() - 86_400_000 + 60_000,
    );

    await setPolicy('enforce', { ...CNIL_2022, maxAgeDays: 90 });
    const forced = await signedIn(credentialsOf(1, STRONG[0]!));
    expect(forced.session).toMatchObject({
      nextStep: 'change-password',
      passwordChange: { reason: 'expired' },
    });
    await changePassword(forced.client, STRONG[0]!, STRONG[1]!).expect(200);
    const renewed = await signedIn(credentialsOf(1, STRONG[1]!));
    expect(renewed.session.nextStep).toBe('home');
    // 89 days: not yet.
    await sql(`UPDATE account SET password_set_at = now() - interval '89 days' WHERE id = $1`, [
      id,
    ]);
    expect((await signedIn(credentialsOf(1, STRONG[1]!))).session.nextStep).toBe('home');
  });

  it('the history refuses the last N passwords, as argon2id hashes, and no more than N', async () => {
    const client = await testApp.client();
    const id = await personalAccount(admin, client, person(2), STRONG[0]!);
    await changePassword(client, STRONG[0]!, STRONG[1]!).expect(200);
    await changePassword(client, STRONG[1]!, STRONG[2]!).expect(200);
    // CNIL 2022 keeps 5: the current one and the two before are refused.
    for (const reused of STRONG) {
      const refused = await changePassword(client, STRONG[2]!, reused).expect(422);
      expect(refused.body.fields).toEqual({ password: ['not-recent'] });
    }
    const history = await sql<{ password_hash: string }>(
      'SELECT password_hash FROM password_history WHERE account_id = $1',
      [id],
    );
    // The temporary password and the first two chosen ones.
    expect(history).toHaveLength(3);
    for (const { password_hash } of history) expect(password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(history)).not.toContain(STRONG[0]!);

    // A history of 2: the current one and the one before; the third back is allowed again.
    await setPolicy('warn', { ...CNIL_2022, historySize: 2 });
    await changePassword(client, STRONG[2]!, STRONG[1]!).expect(422);
    await changePassword(client, STRONG[2]!, STRONG[0]!).expect(200);
  });

  it('a change of password checks the current one (throttled), rotates the session, ends the others, voids links and mails a confirmation', async () => {
    const first = await testApp.client();
    const id = await personalAccount(admin, first, person(3), STRONG[0]!);
    const second = (await signedIn(credentialsOf(3, STRONG[0]!))).client;
    const forgot = await testApp.client();
    await forgot
      .post('/api/identity/forgot-password')
      .send({ workspace: 'demo', identifier: 'POL00003', captcha: await captchaFor(forgot) })
      .expect(202);
    const token = await inbox.lastLinkToken(testApp, 'ines.durand3@example.org');
    const mailsBefore = (await inbox.mailsTo(testApp, 'ines.durand3@example.org')).length;

    const wrong = await changePassword(first, 'Not-the-password-1', STRONG[1]!).expect(422);
    expect(wrong.body.fields).toEqual({ currentPassword: ['invalid'] });
    const oldToken = first.cookies.get('guichet')!;
    const changed = (await changePassword(first, STRONG[0]!, STRONG[1]!).expect(200))
      .body as SessionInfo;
    expect(changed).toMatchObject({ nextStep: 'home', account: { accessCode: 'POL00003' } });
    expect(first.cookies.get('guichet')).not.toBe(oldToken);
    await first.get('/api/profile').expect(200);
    // The old session id and every other session are over.
    const replay = await testApp.http
      .get('/api/auth/session')
      .set('Cookie', `guichet=${oldToken}`)
      .expect(401);
    expect(replay.body.code).toBe(AuthErrorCode.SessionExpired);
    await second.get('/api/auth/session').expect(401);
    const link = await (await testApp.client()).post('/api/identity/password-link').send({ token });
    expect([link.status, link.body.code]).toEqual([410, IdentityErrorCode.LinkInvalid]);
    const mails = await inbox.mailsTo(testApp, 'ines.durand3@example.org');
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)!.text).toContain('/w/demo/login?login=POL00003');
    expect(mails.at(-1)!.text).not.toContain(STRONG[1]!);
    const kinds = await sql<{ kind: string; outcome: string }>(
      `SELECT kind, outcome FROM audit_event WHERE kind = $1 AND actor_account_id = $2
        ORDER BY occurred_at, id`,
      [AuditEventKind.PasswordChanged, id],
    );
    expect(kinds.map((row) => row.outcome)).toEqual(['success', 'failure', 'success']);

    // Guessing the current password is throttled like a sign-in (5 free failures).
    for (let attempt = 0; attempt < 6; attempt++) {
      await changePassword(first, `Wrong-guess-${attempt}-xyz`, STRONG[2]!).expect(422);
    }
    const throttled = await changePassword(first, STRONG[1]!, STRONG[2]!).expect(429);
    expect(throttled.body.code).toBe(AuthErrorCode.Throttled);
    expect(throttled.headers['retry-after']).toMatch(/^\d+$/);
    expect((await signIn(await testApp.client(), credentialsOf(3, STRONG[1]!))).status).toBe(200);
  });
});
