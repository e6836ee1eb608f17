import {
  AdminAccountsErrorCode,
  AuditEventKind,
  AuthErrorCode,
  CommonErrorCode,
  type PasswordComplianceReport,
  PasswordPolicyErrorCode,
} from '@guichet/contracts';
import { CNIL_2022, SEED_002_CLASSIC } from '@guichet/password-policy';
import type { ApiClient } from '../support/api-client';
import { accountId } from '../support/ids';
import {
  changePassword,
  createWithTemporaryPassword,
  personalAccount,
} from '../support/password-accounts';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const STRONG = 'Tulipe-Orage-Vermeil-42';
const STRONGER = 'Grenouille-Violette-Brume-83';
/** Meets seed 002's classic rules (8 characters, 3 classes), not CNIL 2022's (12, score 3). */
const CLASSIC_ONLY = 'Zq8!vT3p';

describe('password compliance audit and repair (PWD-4)', () => {
  let testApp: TestApp;
  let admin: ApiClient;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const report = async (query = '', client = admin) =>
    (await client.get(`/api/admin/password-compliance${query}`).expect(200))
      .body as PasswordComplianceReport;
  const reasonsByCode = (found: PasswordComplianceReport) =>
    Object.fromEntries(found.items.map((item) => [item.accessCode, item.reasons]));
  const setPolicy = (policy = CNIL_2022) =>
    admin.put('/api/admin/password-policy').send({ mode: 'warn', policy }).expect(200);

  beforeAll(async () => {
    testApp = await startTestApp({ demoData: true, env: { THROTTLE_IP_FREE: '1000' } });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
  });

  afterAll(() => testApp.close());

  it('lists exactly the accounts below the policy with their reasons, and repair makes their next sign-in a change', async () => {
    // Policy version 1 (CNIL 2022): one account with a strong password of its own.
    await personalAccount(
      admin,
      await testApp.client(),
      { accessCode: 'CMP00001', firstName: 'Paul', lastName: 'Aubert' },
      STRONG,
    );
    // Version 2 (seed 002 classic): an 8-character password it accepts.
    await setPolicy(SEED_002_CLASSIC);
    await personalAccount(
      admin,
      await testApp.client(),
      { accessCode: 'CMP00002', firstName: 'Rose', lastName: 'Berthier' },
      CLASSIC_ONLY,
    );
    // A temporary password nobody has used yet.
    await createWithTemporaryPassword(admin, {
      accessCode: 'CMP00003',
      firstName: 'Marc',
      lastName: 'Collin',
    });
    // Version 3: back to CNIL 2022. The admin signs in again: checked against version 3.
    await setPolicy(CNIL_2022);
    await signInOk(await testApp.client(), DEMO.admin);
    // Checked against version 3 and compliant: not listed.
    await personalAccount(
      admin,
      await testApp.client(),
      { accessCode: 'CMP00004', firstName: 'Lise', lastName: 'Dumont' },
      STRONGER,
    );

    const found = await report();
    expect(found.policy).toEqual({ version: 3, mode: 'warn' });
    expect(reasonsByCode(found)).toEqual({
      // Contains the firm's name; checked at its sign-in under the current version.
      ADMIN001: ['weak-score'],
      // Seeded and never changed nor checked since.
      GEST0001: ['never-changed'],
      // Imported from the previous system.
      '72018689': ['legacy-hash'],
      '70016968': ['legacy-hash'],
      // Set under version 1: compliant then, unknown now.
      CMP00001: ['older-policy'],
      // Set under version 2 with a score of 2, under CNIL 2022's 3.
      CMP00002: ['older-policy', 'weak-score'],
      CMP00003: ['temporary'],
    });
    expect(found.total).toBe(7);
    expect(found.byReason).toEqual({
      'too-old': 0,
      'older-policy': 2,
      'weak-score': 2,
      temporary: 1,
      'never-changed': 1,
      'legacy-hash': 2,
    });
    expect(found.templates).toEqual([]);
    expect(found.nextCursor).toBeNull();
    const rose = found.items.find((item) => item.accessCode === 'CMP00002')!;
    expect(rose).toMatchObject({ policyVersion: 2, score: 2, changeRequired: null });
    expect(JSON.stringify(found)).not.toMatch(/argon2|Zq8/);
    expect(
      (await report('?reason=legacy-hash')).items.map((item) => item.accessCode).sort(),
    ).toEqual(['70016968', '72018689']);

    // Repair one: its next sign-in goes to the change step.
    const paulId = await accountId(testApp.database.url, 'demo', 'CMP00001');
    expect(
      (await admin.post(`/api/admin/password-compliance/${paulId}/repair`).expect(200)).body,
    ).toEqual({
      repaired: 1,
    });
    const paul = await testApp.client();
    expect(
      await signInOk(paul, { workspace: 'demo', identifier: 'CMP00001', password: STRONG }),
    ).toMatchObject({
      nextStep: 'change-password',
      passwordChange: { reason: 'repair' },
    });
    expect((await paul.get('/api/profile').expect(403)).body.code).toBe(
      AuthErrorCode.PasswordChangeRequired,
    );
    // One that meets the policy is not repaired; another firm's account is not found.
    const liseId = await accountId(testApp.database.url, 'demo', 'CMP00004');
    expect(
      (await admin.post(`/api/admin/password-compliance/${liseId}/repair`).expect(409)).body.code,
    ).toBe(PasswordPolicyErrorCode.AccountCompliant);
    const otherId = await accountId(testApp.database.url, 'autre', 'ADMIN001');
    expect(
      (await admin.post(`/api/admin/password-compliance/${otherId}/repair`).expect(404)).body.code,
    ).toBe(AdminAccountsErrorCode.AccountNotFound);

    // Paul's sign-in checked his password against version 3: it meets it, so he is off the
    // list; the repair still holds until he changes it.
    expect(reasonsByCode(await report())).not.toHaveProperty('CMP00001');

    // Repair all: every listed account; sessions already open go on (the admin's own too).
    expect(
      (await admin.post('/api/admin/password-compliance/repair-all').expect(200)).body,
    ).toEqual({
      repaired: 6,
    });
    const repaired = await report();
    expect(
      Object.fromEntries(repaired.items.map((item) => [item.accessCode, item.changeRequired])),
    ).toEqual({
      ADMIN001: 'repair',
      GEST0001: 'repair',
      '72018689': 'repair',
      '70016968': 'repair',
      CMP00002: 'repair',
      CMP00003: 'temporary',
    });
    const staff = await signInOk(await testApp.client(), DEMO.staff);
    expect(staff.passwordChange).toEqual({ reason: 'repair' });
    // Legacy passwords still go through their migration first (IDV-2).
    expect((await signInOk(await testApp.client(), DEMO.legacyClient)).nextStep).toBe(
      'legacy-migration',
    );
    const events = await sql(
      `SELECT 1 FROM audit_event WHERE kind = $1 AND actor_account_id = (
         SELECT id FROM account WHERE access_code = 'ADMIN001' AND workspace_id = (
           SELECT id FROM workspace WHERE slug = 'demo'))`,
      [AuditEventKind.PasswordChangeRequired],
    );
    expect(events).toHaveLength(7);
    await admin.get('/api/admin/password-compliance').expect(200);

    // Changing the password lifts the repair.
    await changePassword(paul, STRONG, STRONGER).expect(200);
    expect(
      await sql(`SELECT password_change_reason AS reason FROM account WHERE id = $1`, [paulId]),
    ).toEqual([{ reason: null }]);
  });

  it("is for the firm's admins only; XSRF required; a bad query answers 422", async () => {
    const anonymous = await testApp.client();
    expect((await anonymous.get('/api/admin/password-compliance').expect(401)).body.code).toBe(
      CommonErrorCode.Unauthenticated,
    );
    await anonymous.post('/api/admin/password-compliance/repair-all').expect(401);
    const otherFirm = await testApp.client();
    await signInOk(otherFirm, DEMO.otherAdmin);
    // The other firm's audit holds its own accounts only.
    expect((await report('', otherFirm)).items.map((item) => item.accessCode)).toEqual([
      'ADMIN001',
    ]);
    const cookie = admin.cookieHeader();
    const forged = await testApp.http
      .post('/api/admin/password-compliance/repair-all')
      .set('Cookie', cookie)
      .expect(403);
    expect(forged.body.code).toBe(AuthErrorCode.CsrfRejected);
    const bad = await admin
      .get('/api/admin/password-compliance?reason=weak&cursor=%24%24')
      .expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['cursor', 'reason']);
    const lost = await admin
      .get(
        `/api/admin/password-compliance?cursor=${Buffer.from(await accountId(testApp.database.url, 'autre', 'ADMIN001')).toString('base64url')}`,
      )
      .expect(422);
    expect(lost.body.fields).toEqual({ cursor: ['invalidCursor'] });
  });
});
