import {
  AuthErrorCode,
  CommonErrorCode,
  IdentityErrorCode,
  type IdentityFlowState,
} from '@guichet/contracts';
import type { Response } from 'supertest';
import { IdentityInbox } from '../support/identity-inbox';
import { captchaFor, DEMO, signIn, signInOk } from '../support/sign-in';
import { queryDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'Une phrase de passe solide';

/** The answer, after checking its status (with the body in the failure message). */
function expectStatus(response: Response, status: number): Response {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response;
}

describe('password-set links, forgotten credentials and legacy migration (IDV-2, IDV-4…IDV-6)', () => {
  let testApp: TestApp;
  let inbox: IdentityInbox;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, query, params);

  const forgot = async (identifier: string, workspace = 'demo') => {
    const client = await testApp.client();
    return client
      .post('/api/identity/forgot-password')
      .send({ workspace, identifier, captcha: await captchaFor(client) });
  };

  const use = async (token: string, password = PASSWORD, acceptTerms?: boolean) =>
    (await testApp.client())
      .post('/api/identity/password-link/use')
      .send({ token, password, ...(acceptTerms === undefined ? {} : { acceptTerms }) });

  beforeAll(async () => {
    inbox = await IdentityInbox.start();
    testApp = await startTestApp({
      demoData: true,
      env: { ...inbox.env, IDENTITY_ANSWER_FLOOR_MS: '0' },
    });
  });

  afterAll(async () => {
    await testApp.close();
    await inbox.stop();
  });

  it('forgotten password: 202 either way; the link sets the password once, ends sessions, mails a confirmation', async () => {
    const staffSession = await testApp.client();
    await signInOk(staffSession, DEMO.staff);
    expectStatus(await forgot('GEST0001'), 202);
    expectStatus(await forgot('NOBODY00'), 202);
    expectStatus(await forgot('nobody@example.fr'), 202);
    expectStatus(await forgot('GEST0001', 'no-such-firm'), 202);
    const mails = await inbox.mailsTo(testApp, 'gestionnaire@demo.guichet.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).not.toContain('Demo-Gestion');
    const token = await inbox.lastLinkToken(testApp, 'gestionnaire@demo.guichet.test');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const stored = await sql<{ token_hash: Buffer }>('SELECT token_hash FROM password_set_link');
    expect(JSON.stringify(stored)).not.toContain(token);

    const info = await (
      await testApp.client()
    )
      .post('/api/identity/password-link')
      .send({ token })
      .expect(200);
    expect(info.body).toMatchObject({
      purpose: 'reset',
      workspace: { slug: 'demo', name: 'Cabinet Demo' },
      identifier: 'GEST0001',
      firstName: 'Camille',
      lastName: 'Gestionnaire',
      termsRequired: false,
      rules: { minLength: 12, maxLength: 128 },
      // What the live checklist needs to judge as the server does (PWD-1).
      policy: { preset: 'cnil-2022', minLength: 12, minEntropyBits: 50, minScore: 3 },
      context: {
        workspaceName: 'Cabinet Demo',
        workspaceCode: 'demo',
        firstName: 'Camille',
        lastName: 'Gestionnaire',
        email: 'gestionnaire@demo.guichet.test',
        accessCode: 'GEST0001',
        hasSecondFactor: false,
      },
    });
    const tooShort = expectStatus(await use(token, 'court'), 422);
    expect(tooShort.body).toMatchObject({
      code: CommonErrorCode.ValidationFailed,
      fields: { password: expect.arrayContaining(['min-length']) },
    });
    const tooLong = expectStatus(await use(token, 'x'.repeat(10_000)), 422);
    expect(tooLong.body.fields.password).toContain('max-length');
    // The whole policy, not only the length: the firm's name, a common password.
    const withFirmName = expectStatus(await use(token, 'Cabinet-Demo-2026!'), 422);
    expect(withFirmName.body.fields.password).toContain('no-context-words');
    const common = expectStatus(await use(token, 'Motdepasse123!'), 422);
    expect(common.body.fields.password).toContain('not-common');
    expect(expectStatus(await use(token), 200).body).toEqual({
      workspace: 'demo',
      identifier: 'GEST0001',
    });
    // Never a sign-in by itself; every session of the account ended.
    expect((await staffSession.get('/api/auth/session').expect(401)).body.code).toBe(
      AuthErrorCode.SessionExpired,
    );
    expect((await signIn(await testApp.client(), DEMO.staff)).status).toBe(401);
    await signInOk(await testApp.client(), { ...DEMO.staff, password: PASSWORD });
    const confirmation = (await inbox.mailsTo(testApp, 'gestionnaire@demo.guichet.test')).at(-1)!;
    expect(confirmation.subject).not.toBe(mails[0]!.subject);
    expect(confirmation.text).toContain('/w/demo/login?login=GEST0001');

    // Used: the same link answers 410 to both calls.
    const again = [
      await (await testApp.client()).post('/api/identity/password-link').send({ token }),
      await use(token, 'Encore un autre mot de passe'),
    ];
    expect(again.map((answer) => [answer.status, answer.body.code])).toEqual([
      [410, IdentityErrorCode.LinkInvalid],
      [410, IdentityErrorCode.LinkInvalid],
    ]);
  });

  it('a newer link voids the older one; a password change voids them all; an expired or unknown one is refused', async () => {
    expectStatus(await forgot('admin@demo.guichet.test'), 202);
    const older = await inbox.lastLinkToken(testApp, 'admin@demo.guichet.test');
    expectStatus(await forgot('ADMIN001'), 202);
    const newer = await inbox.lastLinkToken(testApp, 'admin@demo.guichet.test');
    expect(newer).not.toBe(older);
    expect(expectStatus(await use(older), 410).body.code).toBe(IdentityErrorCode.LinkInvalid);
    expectStatus(await forgot('ADMIN001'), 202);
    const third = await inbox.lastLinkToken(testApp, 'admin@demo.guichet.test');
    await sql(`UPDATE password_set_link SET expires_at = now() - interval '1 second'
                WHERE used_at IS NULL AND voided_at IS NULL`);
    expectStatus(await use(third), 410);
    expectStatus(await use('A'.repeat(43)), 410);
    expectStatus(await use('not a token at all'), 410);
    expect(expectStatus(await use('x'.repeat(10_000)), 422).body.code).toBe(
      CommonErrorCode.ValidationFailed,
    );
    // The admin's password is untouched by all that.
    await signInOk(await testApp.client(), DEMO.admin);
  });

  it('lost identifier: the mail carries the access code and a link; the answer is the same for an unknown address', async () => {
    const ask = async (email: string) => {
      const client = await testApp.client();
      return client
        .post('/api/identity/lost-identifier')
        .send({ workspace: 'demo', email, captcha: await captchaFor(client) })
        .expect(202);
    };
    const known = await ask('Claire.Martin@demo.guichet.test');
    const unknown = await ask('personne@demo.guichet.test');
    expect(known.body).toEqual(unknown.body);
    const [mail] = await inbox.mailsTo(testApp, 'claire.martin@demo.guichet.test');
    expect(mail!.text).toContain('25350001');
    const token = await inbox.lastLinkToken(testApp, 'claire.martin@demo.guichet.test');
    expectStatus(await use(token), 200);
    await signInOk(await testApp.client(), {
      workspace: 'demo',
      identifier: 'claire.martin@demo.guichet.test',
      password: PASSWORD,
    });
    expect(await inbox.mailsTo(testApp, 'personne@demo.guichet.test')).toEqual([]);
    const badInput = await (
      await testApp.client()
    )
      .post('/api/identity/lost-identifier')
      .send({ workspace: 'demo', email: 'nope', captcha: 'x' })
      .expect(422);
    expect(badInput.body.fields.email).toContain('isEmail');
  });

  it('legacy migration without an address (IDV-2a): the address given gets the link; the old password stops working', async () => {
    const client = await testApp.client();
    const session = await signInOk(client, DEMO.legacyClient);
    expect(session.nextStep).toBe('legacy-migration');
    // Needs the signed-in session.
    await (await testApp.client()).post('/api/identity/legacy-migration').expect(401);
    const started = await client.post('/api/identity/legacy-migration').expect(200);
    expect(started.body).toMatchObject({
      kind: 'legacy-migration',
      step: 'enter-email',
      email: null,
    } satisfies Partial<IdentityFlowState>);
    await client
      .post('/api/identity/flow/contact')
      .send({ email: 'a@b.fr', mobile: '0612345678' })
      .expect(409);
    await client.post('/api/identity/flow/email').send({ email: 'pas une adresse' }).expect(422);
    const sent = await client
      .post('/api/identity/flow/email')
      .send({ email: 'S.Teng@Example.fr' })
      .expect(200);
    expect(sent.body).toMatchObject({ step: 'link-sent', email: 's.teng@example.fr' });
    await client.post('/api/identity/flow/email').send({ email: 's.teng@example.fr' }).expect(409);
    const token = await inbox.lastLinkToken(testApp, 's.teng@example.fr');
    expectStatus(await use(token), 200);
    expect((await signIn(await testApp.client(), DEMO.legacyClient)).status).toBe(401);
    const migrated = await signInOk(await testApp.client(), {
      ...DEMO.legacyClient,
      identifier: 's.teng@example.fr',
      password: PASSWORD,
    });
    expect(migrated.nextStep).toBe('home');
    // Nothing left to migrate.
    const after = await testApp.client();
    await signInOk(after, { ...DEMO.legacyClient, password: PASSWORD });
    expect((await after.post('/api/identity/legacy-migration').expect(409)).body.code).toBe(
      IdentityErrorCode.WrongStep,
    );
  });

  it('legacy migration with an address on file (IDV-2b): confirm it, or replace it behind the mobile check', async () => {
    const bataillon = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };
    const replacing = await testApp.client();
    await signInOk(replacing, bataillon);
    const started = await replacing.post('/api/identity/legacy-migration').expect(200);
    expect(started.body).toMatchObject({
      step: 'confirm-email',
      email: 's.b******@demo.guichet.test',
    });
    const contact = await replacing.post('/api/identity/flow/replace-email').expect(200);
    expect(contact.body.step).toBe('contact');
    // A different mobile: the code goes to the one on file.
    const verify = await replacing
      .post('/api/identity/flow/contact')
      .send({ email: 'sophie.b@example.fr', mobile: '06 00 00 00 01' })
      .expect(200);
    expect(verify.body).toMatchObject({ step: 'verify-code', maskedMobile: '+33 6 •• •• •• 10' });
    const code = await inbox.lastCode(testApp, '+33606101010');
    await replacing.post('/api/identity/flow/code').send({ code }).expect(200);
    expect(await inbox.mailsTo(testApp, 'sophie.b@example.fr')).toHaveLength(1);

    // Confirming instead sends a newer link to the address on file, voiding the one above.
    const confirming = await testApp.client();
    await signInOk(confirming, bataillon);
    await confirming.post('/api/identity/legacy-migration').expect(200);
    const sent = await confirming.post('/api/identity/flow/confirm-email').expect(200);
    expect(sent.body).toMatchObject({ step: 'link-sent', email: 's.b******@demo.guichet.test' });
    expectStatus(await use(await inbox.lastLinkToken(testApp, 'sophie.b@example.fr')), 410);
    expectStatus(
      await use(await inbox.lastLinkToken(testApp, 's.bataillon@demo.guichet.test')),
      200,
    );
    expect((await signIn(await testApp.client(), bataillon)).status).toBe(401);
    await signInOk(await testApp.client(), { ...bataillon, password: PASSWORD });
  });

  it('the forgotten-password mails of one account are capped per hour', async () => {
    for (let i = 0; i < 7; i++) expectStatus(await forgot('25350001'), 202);
    const mails = await inbox.mailsTo(testApp, 'claire.martin@demo.guichet.test');
    const links = mails.filter((mail) => mail.text?.includes('/set-password?token='));
    // One link earlier in this file (lost identifier), then up to the cap of 5 in the hour.
    expect(links.length).toBe(5);
  });
});
