import { type AdminAuditPage, AdminAccountsErrorCode, AuditEventKind } from '@guichet/contracts';
import type { ParsedMail } from 'mailparser';
import type { ApiClient } from '../support/api-client';
import { totpCode } from '../support/authenticator';
import { IdentityInbox } from '../support/identity-inbox';
import { accountId } from '../support/ids';
import { captchaFor, DEMO, signInOk } from '../support/sign-in';
import { queryDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

const STAFF_ADDRESS = 'gestionnaire@demo.guichet.test';
const NEW_PASSWORD = 'Une phrase de passe solide';

/**
 * What lands in a careful user's mailbox when the security of their account changes: two-step
 * verification on, off or reset by an admin, a new mobile, an address replaced by a password link.
 */
describe('security notices and the admin second-factor reset', () => {
  let testApp: TestApp;
  let inbox: IdentityInbox;
  let admin: ApiClient;
  const bataillon = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const signedIn = async (who: { workspace: string; identifier: string; password: string }) => {
    const client = await testApp.client();
    await signInOk(client, who);
    return client;
  };
  /** The mails `address` received since it had `before`. */
  const newMailsTo = async (address: string, before: number): Promise<ParsedMail[]> =>
    (await inbox.mailsTo(testApp, address)).slice(before);
  const mailCount = async (address: string) => (await inbox.mailsTo(testApp, address)).length;
  /** Turns the authenticator on for a signed-in client; answers its recovery codes. */
  const turnTotpOn = async (client: ApiClient, password: string): Promise<string[]> => {
    const setup = await client.post('/api/profile/second-factor/totp').send({ password });
    const confirmed = await client
      .post('/api/profile/second-factor/totp/confirm')
      .send({ code: totpCode(setup.body.secret as string) })
      .expect(200);
    return confirmed.body.recoveryCodes as string[];
  };

  beforeAll(async () => {
    inbox = await IdentityInbox.start();
    testApp = await startTestApp({
      demoData: true,
      env: { ...inbox.env, IDENTITY_ANSWER_FLOOR_MS: '0', OTP_RESEND_COOLDOWN_S: '0' },
    });
    admin = await signedIn(DEMO.admin);
  });

  afterAll(async () => {
    await testApp.close();
    await inbox.stop();
  });

  it('mails the account when its owner turns two-step verification on, then off; no secret in it', async () => {
    const staff = await signedIn(DEMO.staff);
    const before = await mailCount(STAFF_ADDRESS);

    const recoveryCodes = await turnTotpOn(staff, DEMO.staff.password);
    const [on, ...othersOn] = await newMailsTo(STAFF_ADDRESS, before);
    expect(othersOn).toEqual([]);
    expect(on!.subject).toBe('Vérification en deux étapes activée – Cabinet Demo');
    expect(on!.text).toContain("Vous n'êtes pas à l'origine de ce changement ?");
    for (const code of recoveryCodes) expect(`${on!.text}${on!.html}`).not.toContain(code);

    await staff
      .post('/api/profile/second-factor/disable')
      .send({ password: DEMO.staff.password })
      .expect(204);
    const [off] = await newMailsTo(STAFF_ADDRESS, before + 1);
    expect(off!.subject).toBe('Vérification en deux étapes désactivée – Cabinet Demo');
    expect(off!.text).toContain("Vous n'êtes pas à l'origine de ce changement ?");

    // Turning off what is already off changes nothing, and is not worth a mail.
    await staff
      .post('/api/profile/second-factor/disable')
      .send({ password: DEMO.staff.password })
      .expect(204);
    expect(await mailCount(STAFF_ADDRESS)).toBe(before + 2);
  });

  it('an address the link could not take (another account of the firm has it) is kept, and not said replaced', async () => {
    const autre = await sql<{ id: string }>(`SELECT id FROM workspace WHERE slug = 'autre'`);
    await sql(
      `INSERT INTO account (workspace_id, access_code, role, last_name, email)
       VALUES ($1, 'AUTRE020', 'client', 'Garde', 'ancienne@example.fr'),
              ($1, 'AUTRE021', 'client', 'Voisin', NULL)`,
      [autre[0]!.id],
    );
    // 'autre' sends no SMS codes: a replaced address goes through the admin verification queue.
    const client = await testApp.client();
    await client
      .post('/api/identity/first-connection')
      .send({ workspace: 'autre', accessCode: 'AUTRE020', captcha: await captchaFor(client) })
      .expect(200);
    await client.post('/api/identity/flow/replace-email').expect(200);
    const review = await client
      .post('/api/identity/flow/contact')
      .send({ email: 'voisin@example.fr', mobile: '06 98 98 98 97' })
      .expect(200);
    expect(review.body.step).toBe('under-review');
    const otherAdmin = await signedIn(DEMO.otherAdmin);
    const [pending] = (
      await otherAdmin.get('/api/admin/identity-reviews?state=pending').expect(200)
    ).body.items as { id: string }[];
    await otherAdmin.post(`/api/admin/identity-reviews/${pending!.id}/approve`).expect(200);
    const token = await inbox.lastLinkToken(testApp, 'voisin@example.fr');
    // Meanwhile another account of the firm got that address.
    await sql(`UPDATE account SET email = 'voisin@example.fr' WHERE access_code = 'AUTRE021'`);
    const before = await mailCount('ancienne@example.fr');

    await (
      await testApp.client()
    )
      .post('/api/identity/password-link/use')
      .send({ token, password: NEW_PASSWORD })
      .expect(200);

    expect(await sql(`SELECT email FROM account WHERE access_code = 'AUTRE020'`)).toEqual([
      { email: 'ancienne@example.fr' },
    ]);
    expect(await mailCount('ancienne@example.fr')).toBe(before);
  });

  describe('admin reset of a lost second factor', () => {
    it('turns every factor off, drops the recovery codes, ends the sessions, audits and mails the owner', async () => {
      const staffId = await accountId(testApp.database.url, 'demo', 'GEST0001');
      const lostPhone = await signedIn(DEMO.staff);
      const recoveryCodes = await turnTotpOn(lostPhone, DEMO.staff.password);
      const pending = await signInOk(await testApp.client(), DEMO.staff);
      expect(pending.nextStep).toBe('second-factor');
      const before = await mailCount(STAFF_ADDRESS);

      await admin.post(`/api/admin/accounts/${staffId}/second-factor-reset`).expect(204);

      await lostPhone.get('/api/auth/session').expect(401);
      expect(
        await sql(`SELECT 1 FROM account_second_factor WHERE account_id = $1`, [staffId]),
      ).toEqual([]);
      expect(await sql(`SELECT 1 FROM recovery_code WHERE account_id = $1`, [staffId])).toEqual([]);
      // The password alone signs in again.
      expect((await signInOk(await testApp.client(), DEMO.staff)).nextStep).toBe('home');
      const trail = (await admin.get(`/api/admin/audit?accountId=${staffId}`).expect(200))
        .body as AdminAuditPage;
      expect(trail.items.map((item) => item.kind)).toContain(AuditEventKind.SecondFactorReset);
      const [notice, ...others] = await newMailsTo(STAFF_ADDRESS, before);
      expect(others).toEqual([]);
      expect(notice!.subject).toBe('Vérification en deux étapes réinitialisée – Cabinet Demo');
      expect(notice!.text).toContain('un administrateur de Cabinet Demo a réinitialisé');
      expect(notice!.text).toContain("Vous n'avez pas demandé cette réinitialisation ?");
      for (const code of recoveryCodes) expect(notice!.text).not.toContain(code);
    });

    it("answers 404 for another firm's account, 409 for the admin's own, and changes nothing", async () => {
      const leroy = await accountId(testApp.database.url, 'autre', '72018689');
      const otherAdmin = await accountId(testApp.database.url, 'autre', 'ADMIN001');
      const own = await accountId(testApp.database.url, 'demo', 'ADMIN001');
      await turnTotpOn(admin, DEMO.admin.password);
      const foreign = await signedIn(DEMO.otherAdmin);
      await turnTotpOn(foreign, DEMO.otherAdmin.password);
      const factorsBefore = await sql(`SELECT account_id FROM account_second_factor`);

      for (const id of [leroy, otherAdmin, '00000000-0000-4000-8000-000000000000']) {
        const response = await admin.post(`/api/admin/accounts/${id}/second-factor-reset`);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe(AdminAccountsErrorCode.AccountNotFound);
      }
      const self = await admin.post(`/api/admin/accounts/${own}/second-factor-reset`).expect(409);
      expect(self.body.code).toBe(AdminAccountsErrorCode.OwnSecondFactorReset);
      const malformed = await admin
        .post('/api/admin/accounts/not-a-uuid/second-factor-reset')
        .expect(422);
      expect(malformed.body.fields).toEqual({ id: ['isUuid'] });

      expect(await sql(`SELECT account_id FROM account_second_factor`)).toEqual(factorsBefore);
      await foreign.get('/api/auth/session').expect(200);
      await admin.get('/api/auth/session').expect(200);
    });
  });

  it('a password link that replaced the address tells the old one, masked and without a link', async () => {
    const oldAddress = 's.bataillon@demo.guichet.test';
    const newAddress = 'sophie.b@example.fr';
    const migrating = await signedIn(bataillon);
    await migrating.post('/api/identity/legacy-migration').expect(200);
    await migrating.post('/api/identity/flow/replace-email').expect(200);
    await migrating
      .post('/api/identity/flow/contact')
      .send({ email: newAddress, mobile: '06 06 10 10 10' })
      .expect(200);
    const code = await inbox.lastCode(testApp, '+33606101010');
    await migrating.post('/api/identity/flow/code').send({ code }).expect(200);
    const before = await mailCount(oldAddress);

    await (
      await testApp.client()
    )
      .post('/api/identity/password-link/use')
      .send({ token: await inbox.lastLinkToken(testApp, newAddress), password: NEW_PASSWORD })
      .expect(200);

    const [replaced, ...others] = await newMailsTo(oldAddress, before);
    expect(others).toEqual([]);
    expect(replaced!.subject).toBe('Votre adresse e-mail a été remplacée – Cabinet Demo');
    for (const part of [replaced!.text!, replaced!.html as string]) {
      expect(part).toContain('sop******@example.fr');
      expect(part).not.toContain(newAddress);
      expect(part).not.toMatch(/https?:\/\//);
    }
    // The new address has the usual "password changed" mail.
    const [changed] = (await inbox.mailsTo(testApp, newAddress)).slice(-1);
    expect(changed!.subject).toBe('Votre mot de passe a été modifié – Cabinet Demo');
  });

  it('mails the account when its mobile changes or receives sign-in codes, the number masked', async () => {
    const address = 'sophie.b@example.fr';
    const owner = { ...bataillon, password: NEW_PASSWORD };
    const client = await signedIn(owner);
    const before = await mailCount(address);

    await client
      .post('/api/profile/mobile')
      .send({ password: owner.password, mobile: '07 81 23 45 67' })
      .expect(202);
    await client
      .post('/api/profile/mobile/confirm')
      .send({ code: await inbox.lastCode(testApp, '+33781234567') })
      .expect(200);
    const [mobile, ...othersMobile] = await newMailsTo(address, before);
    expect(othersMobile).toEqual([]);
    expect(mobile!.subject).toBe('Nouveau numéro de mobile enregistré – Cabinet Demo');
    expect(mobile!.text).toContain('+33 7 •• •• •• 67');
    expect(mobile!.text).not.toMatch(/781234567|81 23 45/);
    // Told by mail, never by SMS: the old number may be the lost one.
    expect(await inbox.smsTo(testApp, '+33606101010')).not.toContainEqual(
      expect.stringMatching(/mobile/i),
    );

    await client
      .post('/api/profile/second-factor/sms')
      .send({ password: owner.password })
      .expect(202);
    await client
      .post('/api/profile/second-factor/sms/confirm')
      .send({ code: await inbox.lastCode(testApp, '+33781234567') })
      .expect(200);
    const [sms] = await newMailsTo(address, before + 1);
    expect(sms!.subject).toBe('Vérification en deux étapes activée – Cabinet Demo');
  });
});
