import {
  AdminAccountsErrorCode,
  CommonErrorCode,
  IdentityErrorCode,
  type IdentityReview,
  SmsErrorCode,
} from '@guichet/contracts';
import type { Response } from 'supertest';
import type { ApiClient } from '../support/api-client';
import { accountId } from '../support/ids';
import { IdentityInbox } from '../support/identity-inbox';
import { captchaFor, DEMO, signInOk } from '../support/sign-in';
import { queryDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'Invitation acceptée 2026';

describe('admin verification queue and invitations (IDV-3b, IDV-8)', () => {
  let testApp: TestApp;
  let inbox: IdentityInbox;
  let admin: ApiClient;
  let otherAdmin: ApiClient;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, query, params);

  /** A first connection of a client of `autre` (no SMS codes) that ends in the queue. */
  const requestReview = async (accessCode: string, email: string, mobile: string) => {
    const client = await testApp.client();
    await client
      .post('/api/identity/first-connection')
      .send({ workspace: 'autre', accessCode, captcha: await captchaFor(client) })
      .expect(200);
    const answer = await client.post('/api/identity/flow/contact').send({ email, mobile });
    expect(answer.body.step).toBe('under-review');
  };

  const pending = async (client = otherAdmin) =>
    (
      (await client.get('/api/admin/identity-reviews?state=pending').expect(200)).body as {
        items: IdentityReview[];
      }
    ).items;

  beforeAll(async () => {
    inbox = await IdentityInbox.start();
    testApp = await startTestApp({
      demoData: true,
      env: { ...inbox.env, IDENTITY_ANSWER_FLOOR_MS: '0' },
    });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
    otherAdmin = await testApp.client();
    await signInOk(otherAdmin, DEMO.otherAdmin);
    const autre = await sql<{ id: string }>(`SELECT id FROM workspace WHERE slug = 'autre'`);
    await sql(
      `INSERT INTO account (workspace_id, access_code, role, last_name, mobile)
       VALUES ($1, 'AUTRE010', 'client', 'Queue', '+33612121212'),
              ($1, 'AUTRE011', 'client', 'Rejet', NULL)`,
      [autre[0]!.id],
    );
  });

  afterAll(async () => {
    await testApp.close();
    await inbox.stop();
  });

  it('approving sends an activation link to the address given; nothing else is stored until it is used', async () => {
    await requestReview('AUTRE010', 'nouvelle@example.fr', '06 98 98 98 98');
    const [review] = await pending();
    expect(review).toMatchObject({
      account: { accessCode: 'AUTRE010', lastName: 'Queue', email: null, mobile: '+33612121212' },
      emailGiven: 'nouvelle@example.fr',
      mobileGiven: '+33698989898',
      reason: 'no-sms-otp',
      state: 'pending',
      decidedAt: null,
      decidedBy: null,
    });
    // Another firm's admin sees nothing and can decide nothing.
    expect(await pending(admin)).toEqual([]);
    const foreign = await admin
      .post(`/api/admin/identity-reviews/${review!.id}/approve`)
      .expect(404);
    expect(foreign.body.code).toBe(IdentityErrorCode.ReviewNotFound);

    const approved = await otherAdmin
      .post(`/api/admin/identity-reviews/${review!.id}/approve`)
      .expect(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      decidedBy: { name: 'Dominique Autre' },
    });
    expect(
      (await otherAdmin.post(`/api/admin/identity-reviews/${review!.id}/reject`).expect(409)).body
        .code,
    ).toBe(IdentityErrorCode.ReviewDecided);
    const [row] = await sql<{ email: string | null; mobile: string | null }>(
      `SELECT email, mobile FROM account WHERE access_code = 'AUTRE010'`,
    );
    expect(row).toEqual({ email: null, mobile: '+33612121212' });
    const token = await inbox.lastLinkToken(testApp, 'nouvelle@example.fr');
    await (
      await testApp.client()
    )
      .post('/api/identity/password-link/use')
      .send({ token, password: PASSWORD })
      .expect(200);
    await signInOk(await testApp.client(), {
      workspace: 'autre',
      identifier: 'nouvelle@example.fr',
      password: PASSWORD,
    });
    const history = (await otherAdmin.get('/api/admin/identity-reviews?state=approved').expect(200))
      .body.items as IdentityReview[];
    expect(history.map((r) => r.id)).toEqual([review!.id]);
    const kinds = (
      await otherAdmin
        .get(
          `/api/admin/audit?accountId=${await accountId(testApp.database.url, 'autre', 'AUTRE010')}`,
        )
        .expect(200)
    ).body.items.map((event: { kind: string }) => event.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'identity-review.requested',
        'identity-review.approved',
        'password-link.sent',
        'password.set',
      ]),
    );
  });

  it('rejecting sends nothing; bad ids and cursors answer 4xx; staff and strangers are refused', async () => {
    await requestReview('AUTRE011', 'rejet@example.fr', '0611223399');
    const [review] = await pending();
    await otherAdmin.post(`/api/admin/identity-reviews/${review!.id}/reject`).expect(200);
    expect(await inbox.mailsTo(testApp, 'rejet@example.fr')).toEqual([]);
    await otherAdmin.post('/api/admin/identity-reviews/not-a-uuid/approve').expect(422);
    await otherAdmin
      .post('/api/admin/identity-reviews/1b4e28ba-2fa1-4d3b-883f-0016d3cca427/approve')
      .expect(404);
    await otherAdmin.get('/api/admin/identity-reviews?state=maybe').expect(422);
    await otherAdmin.get('/api/admin/identity-reviews?cursor=bm9wZQ').expect(422);
    const staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    expect((await staff.get('/api/admin/identity-reviews').expect(403)).body.code).toBe(
      CommonErrorCode.Forbidden,
    );
    await (await testApp.client()).get('/api/admin/identity-reviews').expect(401);
  });

  it('creating an account with an e-mail mails the identifier and a 7-day link that asks for the terms', async () => {
    const managerId = await accountId(testApp.database.url, 'demo', 'GEST0001');
    const created = await admin
      .post('/api/admin/accounts')
      .send({
        role: 'client',
        accessCode: 'NEW00001',
        civility: 'mrs',
        firstName: 'Inès',
        lastName: 'Invitée',
        email: 'Ines.Invitee@Example.fr',
        mobile: '06 55 55 55 55',
        accountManagerId: managerId,
      })
      .expect(201);
    expect(created.body).toMatchObject({
      accessCode: 'NEW00001',
      role: 'client',
      email: 'ines.invitee@example.fr',
      mobile: '+33655555555',
      state: 'no-password',
      accountManager: { id: managerId, name: 'Camille Gestionnaire' },
    });
    const [mail] = await inbox.mailsTo(testApp, 'ines.invitee@example.fr');
    expect(mail!.text).toContain('NEW00001');
    const token = await inbox.lastLinkToken(testApp, 'ines.invitee@example.fr');
    const browser = await testApp.client();
    const info = await browser.post('/api/identity/password-link').send({ token }).expect(200);
    expect(info.body).toMatchObject({ purpose: 'invitation', termsRequired: true });
    const days = (Date.parse(info.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const noTerms: Response = await browser
      .post('/api/identity/password-link/use')
      .send({ token, password: PASSWORD })
      .expect(422);
    expect(noTerms.body.fields).toEqual({ acceptTerms: ['required'] });
    await browser
      .post('/api/identity/password-link/use')
      .send({ token, password: PASSWORD, acceptTerms: true })
      .expect(200);
    const [row] = await sql<{ terms_accepted_at: Date | null }>(
      `SELECT terms_accepted_at FROM account WHERE access_code = 'NEW00001'`,
    );
    expect(row!.terms_accepted_at).not.toBeNull();
    await signInOk(await testApp.client(), {
      workspace: 'demo',
      identifier: 'NEW00001',
      password: PASSWORD,
    });
  });

  it('refuses taken identifiers, bad numbers and managers from elsewhere; staff cannot create accounts', async () => {
    const create = (body: object) =>
      admin.post('/api/admin/accounts').send({ role: 'staff', lastName: 'X', ...body });
    const taken = await create({ accessCode: 'ADMIN001' }).expect(409);
    expect(taken.body).toMatchObject({
      code: AdminAccountsErrorCode.AccessCodeTaken,
      fields: { accessCode: ['taken'] },
    });
    const email = await create({ accessCode: 'NEW00002', email: 'ADMIN@demo.guichet.test' }).expect(
      409,
    );
    expect(email.body).toMatchObject({
      code: AdminAccountsErrorCode.EmailTaken,
      fields: { email: ['taken'] },
    });
    const mobile = await create({ accessCode: 'NEW00002', mobile: '01 45 00 00 00' }).expect(422);
    expect(mobile.body).toMatchObject({
      code: SmsErrorCode.InvalidPhoneNumber,
      fields: { mobile: ['invalid'] },
    });
    const foreignManager = await accountId(testApp.database.url, 'autre', 'ADMIN001');
    const manager = await create({
      role: 'client',
      accessCode: 'NEW00002',
      accountManagerId: foreignManager,
    }).expect(422);
    expect(manager.body.fields).toEqual({ accountManagerId: ['invalid'] });
    await create({ accessCode: 'x'.repeat(10_000) }).expect(422);
    await create({ accessCode: 'NEW00002', role: 'boss' }).expect(422);
    // An account without an e-mail is created with no mail at all.
    await create({ accessCode: 'NEW00003' }).expect(201);
    const staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    await staff
      .post('/api/admin/accounts')
      .send({ role: 'client', accessCode: 'S1', lastName: 'S' })
      .expect(403);
    expect(await sql(`SELECT 1 FROM account WHERE access_code IN ('NEW00002', 'S1')`)).toEqual([]);
  });
});
