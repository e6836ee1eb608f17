import {
  AccountState,
  AdminAccountsErrorCode,
  AuditEventKind,
  AuthErrorCode,
  CommonErrorCode,
  IdentityErrorCode,
  type CreatedAccount,
  type PasswordChangeInfo,
  type SessionInfo,
  type TemporaryPasswordResult,
} from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { IdentityInbox } from '../support/identity-inbox';
import { accountId } from '../support/ids';
import { changePassword, createWithTemporaryPassword } from '../support/password-accounts';
import { DEMO, signIn, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const NEW_PASSWORD = 'Tulipe-Orage-Vermeil-42';
/** What the generator may draw: no look-alikes (0 O o 1 l I), no dead-key symbols. */
const TEMPORARY = /^[abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+\-=?@]{14,}$/;
const HOUR = 3_600_000;

describe('temporary passwords (PWD-3)', () => {
  let testApp: TestApp;
  let inbox: IdentityInbox;
  let admin: ApiClient;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const auditKinds = async (accountIdValue: string) =>
    (
      await sql<{ kind: string }>(
        `SELECT kind FROM audit_event WHERE target_ids->>'accountId' = $1 OR actor_account_id::text = $1
          ORDER BY occurred_at, id`,
        [accountIdValue],
      )
    ).map((row) => row.kind);

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

  it('creates an account with a temporary password shown once, which the first sign-in must change', async () => {
    const created = await admin
      .post('/api/admin/accounts')
      .send({
        role: 'client',
        accessCode: 'TMP00001',
        firstName: 'Lucie',
        lastName: 'Ferrand',
        email: 'lucie.ferrand@example.org',
        credential: 'temporary-password',
      })
      .expect(201);
    const account = created.body as CreatedAccount;
    const password = account.temporaryPassword!.password;
    expect(account).toMatchObject({ accessCode: 'TMP00001', state: AccountState.Temporary });
    expect(password).toMatch(TEMPORARY);
    const expiresIn = Date.parse(account.temporaryPassword!.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(72 * HOUR - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(72 * HOUR);

    // Shown once: never again in an answer, stored only as argon2id, never in the trail.
    const again = await admin.get(`/api/admin/accounts/${account.id}`).expect(200);
    expect(JSON.stringify(again.body)).not.toContain(password);
    const [row] = await sql<{ password_hash: string; password_kind: string }>(
      'SELECT password_hash, password_kind FROM account WHERE id = $1',
      [account.id],
    );
    expect(row!.password_kind).toBe('temporary');
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(await sql('SELECT * FROM audit_event'))).not.toContain(password);
    // One transaction, one time: compared as a set.
    expect((await auditKinds(account.id)).sort()).toEqual(
      [AuditEventKind.AccountCreated, AuditEventKind.TemporaryPasswordIssued].sort(),
    );
    // No invitation: the admin hands the password over; no mail ever carries one.
    expect(await inbox.mailsTo(testApp, 'lucie.ferrand@example.org')).toEqual([]);

    const lucie = await testApp.client();
    const session = await signInOk(lucie, {
      workspace: 'demo',
      identifier: 'TMP00001',
      password,
    });
    expect(session).toMatchObject({
      nextStep: 'change-password',
      passwordChange: { reason: 'temporary' },
    });
    // Until it is changed, only the change step answers.
    const blocked = await lucie.get('/api/profile').expect(403);
    expect(blocked.body.code).toBe(AuthErrorCode.PasswordChangeRequired);
    expect((await lucie.get('/api/auth/session').expect(200)).body.nextStep).toBe(
      'change-password',
    );
    const page = (await lucie.get('/api/profile/password').expect(200)).body as PasswordChangeInfo;
    expect(page).toMatchObject({
      requiredBecause: 'temporary',
      policy: { preset: 'cnil-2022', minLength: 12 },
      context: { firstName: 'Lucie', lastName: 'Ferrand', accessCode: 'TMP00001' },
    });

    // Keeping the temporary password, or a weak one, is refused and changes nothing.
    const same = await changePassword(lucie, password, password).expect(422);
    expect(same.body.fields.password).toContain('not-recent');
    const weak = await changePassword(lucie, password, 'Lucie2024!').expect(422);
    expect(weak.body.fields.password).toEqual(
      expect.arrayContaining(['min-length', 'no-context-words']),
    );
    const wrong = await changePassword(lucie, 'not the password', NEW_PASSWORD).expect(422);
    expect(wrong.body.fields).toEqual({ currentPassword: ['invalid'] });
    expect((await sql('SELECT password_hash FROM account WHERE id = $1', [account.id]))[0]).toEqual(
      { password_hash: row!.password_hash },
    );

    const tokenBefore = lucie.cookies.get('guichet');
    const changed = (await changePassword(lucie, password, NEW_PASSWORD).expect(200))
      .body as SessionInfo;
    expect(changed.nextStep).toBe('home');
    expect(changed.passwordChange).toBeUndefined();
    expect(lucie.cookies.get('guichet')).not.toBe(tokenBefore);
    await lucie.get('/api/profile').expect(200);

    expect(
      (
        await signIn(await testApp.client(), {
          workspace: 'demo',
          identifier: 'TMP00001',
          password,
        })
      ).status,
    ).toBe(401);
    const next = await signInOk(await testApp.client(), {
      workspace: 'demo',
      identifier: 'lucie.ferrand@example.org',
      password: NEW_PASSWORD,
    });
    expect(next.nextStep).toBe('home');
    const [stored] = await sql<{ password_kind: string; password_policy_version: number }>(
      'SELECT password_kind, password_policy_version FROM account WHERE id = $1',
      [account.id],
    );
    expect(stored).toEqual({ password_kind: 'personal', password_policy_version: 1 });
  });

  it('expires after 72 hours: the sign-in then fails like a wrong password, and the audit says why', async () => {
    const { id, temporaryPassword } = await createWithTemporaryPassword(admin, {
      accessCode: 'TMP00002',
      firstName: 'Hugo',
      lastName: 'Marchal',
    });
    const credentials = { workspace: 'demo', identifier: 'TMP00002', password: temporaryPassword };
    // A minute before the end it still works.
    await sql(
      `UPDATE account SET password_expires_at = now() + interval '1 minute' WHERE id = $1`,
      [id],
    );
    expect((await signInOk(await testApp.client(), credentials)).nextStep).toBe('change-password');

    await sql(
      `UPDATE account SET password_expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    const expired = await signIn(await testApp.client(), credentials);
    const wrong = await signIn(await testApp.client(), {
      ...credentials,
      password: 'Wrong-Pass-123',
    });
    expect([expired.status, expired.body]).toEqual([wrong.status, wrong.body]);
    expect(expired.body.code).toBe(AuthErrorCode.InvalidCredentials);
    const failures = await sql<{ kind: string; outcome: string }>(
      `SELECT kind, outcome FROM audit_event
        WHERE actor_account_id = $1 AND outcome = 'failure' ORDER BY occurred_at, id`,
      [id],
    );
    expect(failures).toEqual([
      { kind: AuditEventKind.SignInTemporaryPasswordExpired, outcome: 'failure' },
      { kind: AuditEventKind.SignInFailed, outcome: 'failure' },
    ]);

    // "Générer un mot de passe temporaire" gives a fresh one for the user who let it lapse.
    const regenerated = (
      await admin.post(`/api/admin/accounts/${id}/temporary-password`).expect(200)
    ).body as TemporaryPasswordResult;
    expect(regenerated.temporaryPassword.password).not.toBe(temporaryPassword);
    const session = await signInOk(await testApp.client(), {
      ...credentials,
      password: regenerated.temporaryPassword.password,
    });
    expect(session.nextStep).toBe('change-password');
  });

  it('"generate a temporary password" for an existing account ends its sessions and voids its links', async () => {
    const staffId = await accountId(testApp.database.url, 'demo', 'GEST0001');
    const staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    // A password-set link mailed before (forgotten password).
    const mailed = await admin.post('/api/admin/accounts').send({
      role: 'client',
      accessCode: 'TMP00003',
      lastName: 'Invité',
      email: 'invite@example.org',
    });
    expect(mailed.status).toBe(201);
    const inviteToken = await inbox.lastLinkToken(testApp, 'invite@example.org');

    const given = (
      await admin.post(`/api/admin/accounts/${staffId}/temporary-password`).expect(200)
    ).body as TemporaryPasswordResult;
    expect(given.account).toMatchObject({ id: staffId, state: AccountState.Temporary });
    expect(given.temporaryPassword.password).toMatch(TEMPORARY);
    expect((await staff.get('/api/auth/session').expect(401)).body.code).toBe(
      AuthErrorCode.SessionExpired,
    );
    expect((await signIn(await testApp.client(), DEMO.staff)).status).toBe(401);
    const signedIn = await signInOk(await testApp.client(), {
      ...DEMO.staff,
      password: given.temporaryPassword.password,
    });
    expect(signedIn.passwordChange).toEqual({ reason: 'temporary' });

    const inviteeId = (mailed.body as CreatedAccount).id;
    await admin.post(`/api/admin/accounts/${inviteeId}/temporary-password`).expect(200);
    const use = await (
      await testApp.client()
    )
      .post('/api/identity/password-link/use')
      .send({ token: inviteToken, password: NEW_PASSWORD, acceptTerms: true });
    expect([use.status, use.body.code]).toEqual([410, IdentityErrorCode.LinkInvalid]);
    expect(await auditKinds(staffId)).toContain(AuditEventKind.TemporaryPasswordIssued);
  });

  it("is for the firm's admins only, on the firm's accounts, never their own; XSRF required; bad input changes nothing", async () => {
    const clientId = await accountId(testApp.database.url, 'demo', '25350001');
    const adminId = await accountId(testApp.database.url, 'demo', 'ADMIN001');
    const path = `/api/admin/accounts/${clientId}/temporary-password`;
    const anonymous = await testApp.client();
    expect((await anonymous.post(path).expect(401)).body.code).toBe(
      CommonErrorCode.Unauthenticated,
    );
    const legacy = await testApp.client();
    await signInOk(legacy, DEMO.legacyClient);
    expect((await legacy.post(path).expect(403)).body.code).toBe(CommonErrorCode.Forbidden);
    const otherFirm = await testApp.client();
    await signInOk(otherFirm, DEMO.otherAdmin);
    expect((await otherFirm.post(path).expect(404)).body.code).toBe(
      AdminAccountsErrorCode.AccountNotFound,
    );
    expect(
      (await admin.post(`/api/admin/accounts/${adminId}/temporary-password`).expect(409)).body.code,
    ).toBe(AdminAccountsErrorCode.OwnTemporaryPassword);
    expect(
      (await admin.post('/api/admin/accounts/not-a-uuid/temporary-password').expect(422)).body
        .fields,
    ).toEqual({ id: ['isUuid'] });
    // The session cookie without the XSRF header: refused before anything happens.
    const cookie = admin.cookieHeader();
    const forged = await testApp.http.post(path).set('Cookie', cookie).expect(403);
    expect(forged.body.code).toBe(AuthErrorCode.CsrfRejected);

    const badCredential = await admin
      .post('/api/admin/accounts')
      .send({ role: 'client', accessCode: 'TMP00009', lastName: 'X', credential: 'password' })
      .expect(422);
    expect(badCredential.body.fields).toEqual({ credential: ['isIn'] });
    expect(
      await sql(
        `SELECT id FROM account WHERE access_code = 'TMP00009' OR
                  (id = $1 AND password_hash IS NOT NULL)`,
        [clientId],
      ),
    ).toEqual([]);
  });
});
