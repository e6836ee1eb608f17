import {
  AuthErrorCode,
  CommonErrorCode,
  IdentityErrorCode,
  type IdentityFlowState,
  OtpErrorCode,
  SmsErrorCode,
} from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { accountId, workspaceId } from '../support/ids';
import { IdentityInbox } from '../support/identity-inbox';
import { captchaFor, signInOk } from '../support/sign-in';
import { queryDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

const NEW_PASSWORD = 'Un mot de passe bien long 2026';

describe('first connection (IDV-3, OTP-1, OTP-2)', () => {
  let testApp: TestApp;
  let inbox: IdentityInbox;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, query, params);

  /** A new browser that typed `accessCode` on the "Première connexion" page. */
  const start = async (accessCode: string, workspace = 'demo') => {
    const client = await testApp.client();
    const response = await client
      .post('/api/identity/first-connection')
      .send({ workspace, accessCode, captcha: await captchaFor(client) });
    return { client, response, state: response.body as IdentityFlowState };
  };

  const step = (client: ApiClient, path: string, body: object = {}) =>
    client.post(`/api/identity/flow/${path}`).send(body);

  /** Sets the password with the last link mailed to `email`, then signs in with it. */
  const finishWithLink = async (email: string, identifier: string, workspace = 'demo') => {
    const token = await inbox.lastLinkToken(testApp, email);
    const browser = await testApp.client();
    const info = await browser.post('/api/identity/password-link').send({ token }).expect(200);
    expect(info.body).toMatchObject({ purpose: 'activation', identifier, termsRequired: false });
    const set = await browser
      .post('/api/identity/password-link/use')
      .send({ token, password: NEW_PASSWORD })
      .expect(200);
    expect(set.body).toEqual({ workspace, identifier });
    const session = await signInOk(await testApp.client(), {
      workspace,
      identifier,
      password: NEW_PASSWORD,
    });
    expect(session.nextStep).toBe('home');
  };

  const account = async (accessCode: string, workspace = 'demo') => {
    const [row] = await sql<{
      email: string | null;
      mobile: string | null;
      password_hash: string | null;
    }>(
      `SELECT a.email, a.mobile, a.password_hash FROM account a JOIN workspace w ON w.id = a.workspace_id
        WHERE w.slug = $1 AND a.access_code = $2`,
      [workspace, accessCode],
    );
    return row!;
  };

  let created = 0;
  /** A new client of the firm with this on file; gives its access code. */
  const newClient = async (
    onFile: { email?: string; mobile?: string } = {},
    workspace = 'demo',
  ) => {
    const accessCode = `T${String(++created).padStart(7, '0')}`;
    await sql(
      `INSERT INTO account (workspace_id, access_code, role, last_name, email, mobile)
       VALUES ($1, $2, 'client', 'Essai', $3, $4)`,
      [
        await workspaceId(testApp.database.url, workspace),
        accessCode,
        onFile.email ?? null,
        onFile.mobile ?? null,
      ],
    );
    return accessCode;
  };

  beforeAll(async () => {
    inbox = await IdentityInbox.start();
    testApp = await startTestApp({
      demoData: true,
      env: { ...inbox.env, IDENTITY_ANSWER_FLOOR_MS: '0' },
    });
    // A client of the firm without SMS codes, with nothing on file.
    await sql(
      `INSERT INTO account (workspace_id, access_code, role, last_name)
       VALUES ($1, 'AUTRE003', 'client', 'Sansrien')`,
      [await workspaceId(testApp.database.url, 'autre')],
    );
  });

  afterAll(async () => {
    await testApp.close();
    await inbox.stop();
  });

  it('address on file (IDV-3a): confirm it, the link goes there, the password is set, sign-in works', async () => {
    const { client, response, state } = await start('25350001');
    expect(response.status).toBe(200);
    expect(state).toMatchObject({
      kind: 'first-connection',
      step: 'confirm-email',
      workspace: { slug: 'demo', name: 'Cabinet Demo' },
      email: 'cla******@demo.guichet.test',
      maskedMobile: null,
      attemptsLeft: null,
    });
    const cookie = response.headers['set-cookie'] as unknown as string[];
    expect(cookie.find((c) => c.startsWith('guichet_flow='))).toMatch(
      /HttpOnly.*|Path=\/api\/identity/,
    );
    expect(cookie.join()).toMatch(
      /guichet_flow=[^;]+; Max-Age=1800; Path=\/api\/identity;.*HttpOnly;.*SameSite=Strict/,
    );

    const sent = await step(client, 'confirm-email').expect(200);
    expect(sent.body).toMatchObject({ step: 'link-sent', email: 'cla******@demo.guichet.test' });
    expect((await client.get('/api/identity/flow').expect(200)).body.step).toBe('link-sent');
    // A replay of the step is refused and sends nothing more.
    expect((await step(client, 'confirm-email').expect(409)).body.code).toBe(
      IdentityErrorCode.WrongStep,
    );
    expect(await inbox.mailsTo(testApp, 'claire.martin@demo.guichet.test')).toHaveLength(1);
    await finishWithLink('claire.martin@demo.guichet.test', '25350001');
    const confirmation = (await inbox.mailsTo(testApp, 'claire.martin@demo.guichet.test')).at(-1)!;
    expect(confirmation.text).toContain('/w/demo/login?login=25350001');
  });

  it('mails one account at most the hourly cap of links; past it the flow ends alike, nothing is sent, the pending link stays valid', async () => {
    const email = 'plafond@exemple.test';
    const accessCode = await newClient({ email });
    const id = await accountId(testApp.database.url, 'demo', accessCode);
    /** A first connection that confirms the address on file; its end, less the flow's expiry. */
    const confirm = async () => {
      const { client } = await start(accessCode);
      const { expiresAt: _expiresAt, ...end } = (await step(client, 'confirm-email').expect(200))
        .body as IdentityFlowState;
      return end;
    };
    const withheld = async () =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_event
            WHERE kind = 'password-link.withheld' AND outcome = 'failure'
              AND target_ids ->> 'accountId' = $1`,
          [id],
        )
      )[0]!.n;

    // PASSWORD_LINK_HOURLY_CAP (5): each new link voids the one before, as usual.
    let last!: Awaited<ReturnType<typeof confirm>>;
    for (let i = 1; i <= 5; i++) {
      last = await confirm();
      // One at a time, so that the last mail holds the last link.
      expect(await inbox.mailsTo(testApp, email)).toHaveLength(i);
    }
    const pending = await inbox.lastLinkToken(testApp, email);
    expect(await withheld()).toBe(0);

    // Whoever holds the access code sees the same end, but the mailbox gets nothing more and
    // the link it holds is not voided.
    for (let i = 0; i < 2; i++) expect(await confirm()).toEqual(last);
    expect(last).toMatchObject({ step: 'link-sent', email: 'pla******@exemple.test' });
    expect(await inbox.mailsTo(testApp, email)).toHaveLength(5);
    expect(
      await sql(
        `SELECT id FROM password_set_link
          WHERE account_id = $1 AND used_at IS NULL AND voided_at IS NULL`,
        [id],
      ),
    ).toHaveLength(1);
    expect(await withheld()).toBe(2);
    // The forgotten-password form counts against the same cap.
    const browser = await testApp.client();
    await browser
      .post('/api/identity/forgot-password')
      .send({ workspace: 'demo', identifier: accessCode, captcha: await captchaFor(browser) })
      .expect(202);
    expect(await inbox.mailsTo(testApp, email)).toHaveLength(5);
    expect(await withheld()).toBe(3);

    expect(await inbox.lastLinkToken(testApp, email)).toBe(pending);
    await finishWithLink(email, accessCode);
  });

  it('no mobile on file, SMS codes on: the code goes to the number given, which is then recorded', async () => {
    const { client, state } = await start('25350003');
    expect(state.step).toBe('contact');
    expect(state.email).toBeNull();
    const verify = await step(client, 'contact', {
      email: 'Marc.Durand@Example.FR',
      mobile: '06 11 22 33 44',
    }).expect(200);
    expect(verify.body).toMatchObject({
      step: 'verify-code',
      maskedMobile: '+33 6 •• •• •• 44',
      attemptsLeft: 5,
      email: null,
    });
    expect(verify.body.resendInSeconds).toBeGreaterThan(50);
    const code = await inbox.lastCode(testApp, '+33611223344');
    const sent = await step(client, 'code', { code }).expect(200);
    expect(sent.body).toMatchObject({ step: 'link-sent', email: 'marc.durand@example.fr' });
    expect((await account('25350003')).mobile).toBe('+33611223344');
    // The code works once.
    await step(client, 'code', { code }).expect(409);
    expect((await account('25350003')).email).toBeNull();
    await finishWithLink('marc.durand@example.fr', '25350003');
    // Using the link proved the mailbox: it is now the address on file.
    expect((await account('25350003')).email).toBe('marc.durand@example.fr');
  });

  it('mobile on file and typed alike (IDV-3b): the link goes straight to the address typed', async () => {
    const { client } = await start('25350002');
    const sent = await step(client, 'contact', {
      email: 'julien.petit@example.fr',
      mobile: '+33 6 12 34 56 78',
    }).expect(200);
    expect(sent.body).toMatchObject({ step: 'link-sent', email: 'julien.petit@example.fr' });
    await finishWithLink('julien.petit@example.fr', '25350002');
  });

  it('knowing the number is not enough once a password or an address is set: the code proves it', async () => {
    // An account that already has its own password: whoever learns its access code and mobile
    // must not redirect a password link to an address of their choosing.
    const withPassword = await newClient({ mobile: '+33612345610' });
    await sql(
      `UPDATE account SET password_hash = 'x', password_kind = 'personal' WHERE access_code = $1`,
      [withPassword],
    );
    const first = await start(withPassword);
    const verify = await step(first.client, 'contact', {
      email: 'intrus@example.fr',
      mobile: '06 12 34 56 10',
    }).expect(200);
    expect(verify.body).toMatchObject({ step: 'verify-code', maskedMobile: '+33 6 •• •• •• 10' });
    expect(await inbox.mailsTo(testApp, 'intrus@example.fr')).toHaveLength(0);
    const code = await inbox.lastCode(testApp, '+33612345610');
    const sent = await step(first.client, 'code', { code }).expect(200);
    expect(sent.body).toMatchObject({ step: 'link-sent', email: 'intrus@example.fr' });

    // An address on file, "no longer have access": the same proof before a new address is taken.
    const withAddress = await newClient({ email: 'ancienne@example.fr', mobile: '+33612345611' });
    const second = await start(withAddress);
    await step(second.client, 'replace-email').expect(200);
    const check = await step(second.client, 'contact', {
      email: 'nouvelle@example.fr',
      mobile: '+33 6 12 34 56 11',
    }).expect(200);
    expect(check.body).toMatchObject({ step: 'verify-code', maskedMobile: '+33 6 •• •• •• 11' });
    expect(await inbox.mailsTo(testApp, 'nouvelle@example.fr')).toHaveLength(0);
  });

  it('a password or an address but no mobile on file: no code to the number typed, played like an unknown code; the way out is the admin queue', async () => {
    const reviewOf = async (accessCode: string) =>
      sql<{ reason: string; email_given: string; mobile_given: string }>(
        `SELECT reason, email_given, mobile_given FROM identity_review WHERE account_id = $1`,
        [await accountId(testApp.database.url, 'demo', accessCode)],
      );
    const shape = (state: IdentityFlowState) => ({ ...state, expiresAt: undefined });
    const unknown = await start('99999998');
    const fromUnknown = await step(unknown.client, 'contact', {
      email: 'quidam@example.fr',
      mobile: '06 77 77 77 01',
    }).expect(200);
    const smsBefore = await inbox.smsCount(testApp);

    // Its own password already, nothing else on file.
    const withPassword = await newClient();
    await sql(
      `UPDATE account SET password_hash = 'x', password_kind = 'legacy' WHERE access_code = $1`,
      [withPassword],
    );
    const first = await start(withPassword);
    const played = await step(first.client, 'contact', {
      email: 'intrus.sans.mobile@example.fr',
      mobile: '06 77 77 77 01',
    }).expect(200);
    expect(shape(played.body)).toEqual(shape(fromUnknown.body));
    expect(played.body).toMatchObject({ step: 'verify-code', maskedMobile: '+33 6 •• •• •• 01' });
    await step(first.client, 'code/resend').expect(429);
    expect(await inbox.smsCount(testApp)).toBe(smsBefore);
    const review = await step(first.client, 'review').expect(200);
    expect(review.body).toMatchObject({ step: 'under-review' });
    expect(await reviewOf(withPassword)).toEqual([
      {
        reason: 'unproven-mobile',
        email_given: 'intrus.sans.mobile@example.fr',
        mobile_given: '+33677777701',
      },
    ]);

    // An address on file, "no longer have access": the same.
    const withAddress = await newClient({ email: 'titulaire@example.fr' });
    const second = await start(withAddress);
    expect(second.state.step).toBe('confirm-email');
    await step(second.client, 'replace-email').expect(200);
    const again = await step(second.client, 'contact', {
      email: 'intrus.sans.mobile@example.fr',
      mobile: '06 77 77 77 02',
    }).expect(200);
    expect(again.body).toMatchObject({ step: 'verify-code', maskedMobile: '+33 6 •• •• •• 02' });
    expect(await inbox.smsCount(testApp)).toBe(smsBefore);
    // No code opens it, whatever is tried.
    const wrong = await step(second.client, 'code', { code: '123456' }).expect(422);
    expect(wrong.body.code).toBe(IdentityErrorCode.WrongCode);
    expect(await inbox.mailsTo(testApp, 'intrus.sans.mobile@example.fr')).toHaveLength(0);
    expect((await account(withAddress)).mobile).toBeNull();
    expect((await account(withAddress)).email).toBe('titulaire@example.fr');
  });

  it('another mobile on file: the code goes to that one (masked), never to the number typed', async () => {
    const before = await inbox.smsTo(testApp, '+33699887766');
    const onFile = await newClient({ mobile: '+33612345600' });
    const { client } = await start(onFile);
    const verify = await step(client, 'contact', {
      email: 'voleur@example.fr',
      mobile: '06 99 88 77 66',
    }).expect(200);
    expect(verify.body).toMatchObject({ step: 'verify-code', maskedMobile: '+33 6 •• •• •• 00' });
    expect(await inbox.smsTo(testApp, '+33699887766')).toEqual(before);
    const code = await inbox.lastCode(testApp, '+33612345600');
    await step(client, 'code', { code }).expect(200);
    // The number on file stays; the number typed is never recorded.
    expect((await account(onFile)).mobile).toBe('+33612345600');
    expect((await inbox.mailsTo(testApp, 'voleur@example.fr')).length).toBe(1);
  });

  it('"I no longer have this phone" sends the request to the admin queue', async () => {
    const onFile = await newClient({ mobile: '+33612345601' });
    const { client } = await start(onFile);
    await step(client, 'contact', { email: 'j.petit@example.fr', mobile: '0698765431' }).expect(
      200,
    );
    const review = await step(client, 'review').expect(200);
    expect(review.body).toMatchObject({ step: 'under-review', email: null, maskedMobile: null });
    const rows = await sql<{ reason: string; email_given: string; mobile_given: string }>(
      `SELECT reason, email_given, mobile_given FROM identity_review WHERE account_id = $1`,
      [await accountId(testApp.database.url, 'demo', onFile)],
    );
    expect(rows).toEqual([
      { reason: 'phone-lost', email_given: 'j.petit@example.fr', mobile_given: '+33698765431' },
    ]);
  });

  it('without SMS codes the request goes to the admin queue; an unknown code ends alike with nothing stored', async () => {
    const known = await start('AUTRE003', 'autre');
    expect(known.state.step).toBe('contact');
    const reviewed = await step(known.client, 'contact', {
      email: 'sans.rien@example.fr',
      mobile: '0611111111',
    }).expect(200);
    const unknown = await start('NOBODY42', 'autre');
    expect(unknown.state.step).toBe('contact');
    const alike = await step(unknown.client, 'contact', {
      email: 'sans.rien@example.fr',
      mobile: '0611111111',
    }).expect(200);
    const shape = (state: IdentityFlowState) => ({ ...state, expiresAt: undefined });
    expect(shape(alike.body)).toEqual(shape(reviewed.body));
    expect(reviewed.body.step).toBe('under-review');
    const reviews = await sql<{ reason: string }>(
      `SELECT r.reason FROM identity_review r JOIN account a ON a.id = r.account_id
        WHERE a.access_code = 'AUTRE003'`,
    );
    expect(reviews).toEqual([{ reason: 'no-sms-otp' }]);
    expect(
      await sql(`SELECT 1 FROM identity_review WHERE email_given = 'sans.rien@example.fr'`),
    ).toHaveLength(1);
  });

  it('an unknown access code (IDV-3c) looks like an account with nothing on file; nothing is sent, no code works', async () => {
    const smsBefore = await inbox.smsCount(testApp);
    const unknown = await start('99999999');
    const known = await start(await newClient()); // a client with nothing on file yet
    const shape = (state: IdentityFlowState) => ({ ...state, expiresAt: undefined });
    expect(shape(unknown.state)).toEqual(shape(known.state));
    const contact = { email: 'qui@example.fr', mobile: '0655443322' };
    const a = await step(unknown.client, 'contact', contact).expect(200);
    const b = await step(known.client, 'contact', { ...contact, mobile: '0655443323' }).expect(200);
    expect({ ...a.body, maskedMobile: null, expiresAt: null }).toEqual({
      ...b.body,
      maskedMobile: null,
      expiresAt: null,
    });
    expect(a.body.maskedMobile).toBe('+33 6 •• •• •• 22');
    // Only the known account's code left.
    expect(await inbox.smsCount(testApp)).toBe(smsBefore + 1);
    expect(await inbox.smsTo(testApp, '+33655443322')).toEqual([]);
    // Its resend answers alike too (cooldown).
    const cooldown = await step(unknown.client, 'code/resend').expect(429);
    expect(cooldown.body.code).toBe(OtpErrorCode.Cooldown);
    expect(Number(cooldown.headers['retry-after'])).toBeGreaterThan(0);
    // The known account's code does not open the unknown flow.
    const code = await inbox.lastCode(testApp, '+33655443323');
    expect((await step(unknown.client, 'code', { code }).expect(422)).body.code).toBe(
      IdentityErrorCode.WrongCode,
    );
    expect((await unknown.client.get('/api/identity/flow')).body.attemptsLeft).toBe(4);
  });

  it('five wrong codes end the flow; the sixth and the right one then answer 410', async () => {
    const { client } = await start(await newClient({ mobile: '+33612345602' }));
    await step(client, 'contact', { email: 'x@example.fr', mobile: '0698765432' }).expect(200);
    const code = await inbox.lastCode(testApp, '+33612345602');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let left = 4; left >= 1; left--) {
      const answer = await step(client, 'code', { code: wrong }).expect(422);
      expect(answer.body.code).toBe(IdentityErrorCode.WrongCode);
      expect((await client.get('/api/identity/flow')).body.attemptsLeft).toBe(left);
    }
    expect((await step(client, 'code', { code: wrong }).expect(410)).body.code).toBe(
      IdentityErrorCode.FlowEnded,
    );
    await step(client, 'code', { code: wrong }).expect(410);
    await step(client, 'code', { code }).expect(410);
    expect((await client.get('/api/identity/flow').expect(410)).body.code).toBe(
      IdentityErrorCode.FlowEnded,
    );
    expect(await inbox.mailsTo(testApp, 'x@example.fr')).toEqual([]);
  });

  it('a resend never resets the tries; the cooldown answers 429 with Retry-After', async () => {
    const { client } = await start(await newClient({ mobile: '+33612345603' }));
    await step(client, 'contact', { email: 'y@example.fr', mobile: '0698765433' }).expect(200);
    await step(client, 'code', { code: '000000' });
    await step(client, 'code', { code: '000001' });
    const early = await step(client, 'code/resend').expect(429);
    expect(early.body.code).toBe(OtpErrorCode.Cooldown);
    expect(Number(early.headers['retry-after'])).toBeGreaterThan(50);
    await sql(
      `UPDATE otp_challenge SET created_at = created_at - interval '2 minutes'
        WHERE recipient = '+33612345603'`,
    );
    const resent = await step(client, 'code/resend').expect(200);
    expect(resent.body.attemptsLeft).toBe(3);
    expect(await inbox.smsTo(testApp, '+33612345603')).toHaveLength(2);
    const code = await inbox.lastCode(testApp, '+33612345603');
    await step(client, 'code', { code }).expect(200);
  });

  it('a code of another flow, or past its expiry, does not work', async () => {
    const onFile = await newClient({ mobile: '+33612345604' });
    const first = await start(onFile);
    await step(first.client, 'contact', { email: 'z@example.fr', mobile: '0698765434' }).expect(
      200,
    );
    const codeOfFirst = await inbox.lastCode(testApp, '+33612345604');
    await sql(`UPDATE otp_challenge SET created_at = created_at - interval '2 minutes'`);
    const second = await start(onFile);
    await step(second.client, 'contact', { email: 'z@example.fr', mobile: '0698765434' }).expect(
      200,
    );
    const codeOfSecond = await inbox.lastCode(testApp, '+33612345604');
    if (codeOfSecond !== codeOfFirst) {
      await step(second.client, 'code', { code: codeOfFirst }).expect(422);
    }
    await sql(`UPDATE otp_challenge SET expires_at = now() - interval '1 second'`);
    await step(first.client, 'code', { code: codeOfFirst }).expect(422);
    await step(second.client, 'code', { code: codeOfSecond }).expect(422);
    expect(await inbox.mailsTo(testApp, 'z@example.fr')).toEqual([]);
  });

  it('steps cannot be skipped or replayed, even concurrently', async () => {
    const withEmail = await newClient({ email: 'concurrent@example.fr' });
    const { client } = await start(withEmail);
    expect((await step(client, 'code', { code: '123456' }).expect(409)).body.code).toBe(
      IdentityErrorCode.WrongStep,
    );
    await step(client, 'contact', { email: 'a@example.fr', mobile: '0612345678' }).expect(409);
    const mailsBefore = (await inbox.mailsTo(testApp, 'concurrent@example.fr')).length;
    const answers = await Promise.all([
      step(client, 'confirm-email'),
      step(client, 'confirm-email'),
      step(client, 'confirm-email'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect(await inbox.mailsTo(testApp, 'concurrent@example.fr')).toHaveLength(mailsBefore + 1);
  });

  it('a missing, expired or cancelled flow answers 404; starting anew replaces the flow', async () => {
    const none = await testApp.client();
    expect((await none.get('/api/identity/flow').expect(404)).body.code).toBe(
      IdentityErrorCode.FlowNotFound,
    );
    await step(none, 'confirm-email').expect(404);

    const { client } = await start(await newClient({ email: 'first@example.fr' }));
    const firstCookie = client.cookies.get('guichet_flow');
    await client
      .post('/api/identity/first-connection')
      .send({ workspace: 'demo', accessCode: await newClient(), captcha: await captchaFor(client) })
      .expect(200);
    expect(client.cookies.get('guichet_flow')).not.toBe(firstCookie);
    expect((await client.get('/api/identity/flow')).body.step).toBe('contact');
    const stale = await testApp.client();
    stale.cookies.set('guichet_flow', firstCookie!);
    await stale.get('/api/identity/flow').expect(404);

    await sql(`UPDATE identity_flow SET expires_at = now() - interval '1 second'`);
    await step(client, 'contact', { email: 'a@example.fr', mobile: '0612345678' }).expect(404);

    const again = await start('25350001');
    await again.client.delete('/api/identity/flow').expect(204);
    await again.client.get('/api/identity/flow').expect(404);
  });

  it('bad input at every step answers a clear 4xx and leaves the account unchanged', async () => {
    const bare = await newClient();
    const before = await account(bare);
    const { client } = await start(bare);
    const big = 'x'.repeat(10_000);
    const contactErrors = [
      [{ email: 'not-an-email', mobile: '0612345678' }, 422, CommonErrorCode.ValidationFailed],
      [{ email: `${big}@example.fr`, mobile: '0612345678' }, 422, CommonErrorCode.ValidationFailed],
      [{ email: 'a@example.fr', mobile: big }, 422, CommonErrorCode.ValidationFailed],
      [{ email: 'a@example.fr', mobile: '12' }, 422, SmsErrorCode.InvalidPhoneNumber],
      [{ email: 'a@example.fr', mobile: '01 45 00 00 00' }, 422, SmsErrorCode.InvalidPhoneNumber],
      [{ email: 'a@example.fr' }, 422, CommonErrorCode.ValidationFailed],
      [
        { email: 'a@example.fr', mobile: '0612345678', extra: 1 },
        422,
        CommonErrorCode.ValidationFailed,
      ],
    ] as const;
    for (const [body, status, code] of contactErrors) {
      const answer = await step(client, 'contact', body);
      expect([answer.status, answer.body.code]).toEqual([status, code]);
    }
    const invalidMobile = await step(client, 'contact', { email: 'a@example.fr', mobile: '12' });
    expect(invalidMobile.body.fields).toEqual({ mobile: ['invalid'] });
    const badEmail = await step(client, 'contact', { email: 'nope', mobile: '0612345678' });
    expect(badEmail.body.fields.email).toContain('isEmail');
    // Still at the contact step after all that.
    expect((await client.get('/api/identity/flow')).body.step).toBe('contact');
    await step(client, 'contact', { email: 'marc@example.fr', mobile: '0612000000' }).expect(200);
    for (const code of ['abc', '12345', '1234567', big]) {
      const answer = await step(client, 'code', { code }).expect(422);
      expect(answer.body.code).toBe(CommonErrorCode.ValidationFailed);
    }
    expect((await client.get('/api/identity/flow')).body.attemptsLeft).toBe(5);
    const startErrors = [
      { workspace: 'demo', accessCode: big },
      { workspace: 'demo', accessCode: 'a@b' },
      { workspace: 'nope', accessCode: bare },
      { workspace: 'demo', accessCode: bare, captcha: 'garbage' },
    ];
    for (const body of startErrors) {
      const other = await testApp.client();
      const answer = await other
        .post('/api/identity/first-connection')
        .send({ captcha: await captchaFor(other), ...body });
      expect(answer.status).toBe(422);
    }
    expect(await account(bare)).toEqual(before);
  });

  it('refuses every state change without the XSRF header', async () => {
    const { client } = await start('25350001');
    const cookie = client.cookieHeader();
    const answer = await testApp.http
      .post('/api/identity/flow/confirm-email')
      .set('Cookie', cookie)
      .expect(403);
    expect(answer.body.code).toBe(AuthErrorCode.CsrfRejected);
    expect((await client.get('/api/identity/flow')).body.step).toBe('confirm-email');
  });
});
