import { Role } from '@guichet/contracts';
import { WorkspaceSetupError } from '../../server/src/modules/workspace-setup/workspace-setup-error';
import {
  type NewWorkspace,
  WorkspaceSetup,
} from '../../server/src/modules/workspace-setup/workspace-setup.service';
import { IdentityInbox } from '../support/identity-inbox';
import { signIn, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const PASSWORD = 'Un mot de passe bien long 2026';

describe('create-workspace and configure-workspace (operators)', () => {
  let testApp: TestApp;
  let inbox: IdentityInbox;
  let setup: WorkspaceSetup;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const counts = async () =>
    (
      await sql<{ workspaces: number; accounts: number; links: number }>(
        `SELECT (SELECT count(*)::int FROM workspace) AS workspaces,
                (SELECT count(*)::int FROM account) AS accounts,
                (SELECT count(*)::int FROM password_set_link) AS links`,
      )
    )[0];
  const acme: NewWorkspace = {
    slug: 'acme',
    name: 'Cabinet Acme',
    admin: { email: 'Direction@Acme.example', lastName: 'Martin', firstName: 'Léa' },
    settings: { idleTimeoutMinutes: 30, smsOtpEnabled: true },
  };

  beforeAll(async () => {
    inbox = await IdentityInbox.start();
    testApp = await startTestApp({ demoData: true, env: { ...inbox.env } });
    setup = testApp.app.get(WorkspaceSetup);
  });

  afterAll(async () => {
    await testApp.close();
    await inbox.stop();
  });

  it('creates a firm whose first admin sets a password from the mailed link and signs in', async () => {
    const created = await setup.create(acme);
    expect(created.adminAccessCode).toBe('ADMIN001');
    expect(created.workspace).toMatchObject({
      slug: 'acme',
      name: 'Cabinet Acme',
      idleTimeoutMinutes: 30,
      smsOtpEnabled: true,
      otpValidMinutes: null,
    });
    const [admin] = await sql<Record<string, unknown>>(
      `SELECT a.role, a.email, a.first_name, a.password_hash FROM account a
         JOIN workspace w ON w.id = a.workspace_id WHERE w.slug = 'acme'`,
    );
    expect(admin).toEqual({
      role: Role.Admin,
      email: 'direction@acme.example',
      first_name: 'Léa',
      password_hash: null,
    });

    const token = await inbox.lastLinkToken(testApp, 'direction@acme.example');
    const browser = await testApp.client();
    const link = await browser.post('/api/identity/password-link').send({ token }).expect(200);
    expect(link.body).toMatchObject({ purpose: 'invitation', identifier: 'ADMIN001' });
    await browser
      .post('/api/identity/password-link/use')
      .send({ token, password: PASSWORD, acceptTerms: true })
      .expect(200);
    const session = await signInOk(await testApp.client(), {
      workspace: 'acme',
      identifier: 'ADMIN001',
      password: PASSWORD,
    });
    expect(session.account.role).toBe(Role.Admin);
    expect(session.workspace).toEqual({ slug: 'acme', name: 'Cabinet Acme' });
    expect(session.idleTimeoutSeconds).toBe(30 * 60);
  });

  it('refuses a taken slug and bad settings, writing nothing', async () => {
    const before = await counts();
    const refused: [NewWorkspace, RegExp][] = [
      [{ ...acme }, /already exists/],
      [{ ...acme, slug: 'Demo Firm' }, /slug/],
      [{ ...acme, slug: 'x' }, /slug/],
      [{ ...acme, slug: 'nouveau', name: ' ' }, /name/],
      [{ ...acme, slug: 'nouveau', admin: { ...acme.admin, email: 'pas-une-adresse' } }, /e-mail/],
      [{ ...acme, slug: 'nouveau', admin: { ...acme.admin, lastName: '' } }, /last name/],
      [{ ...acme, slug: 'nouveau', admin: { ...acme.admin, accessCode: 'a b' } }, /access code/],
      [{ ...acme, slug: 'nouveau', admin: { ...acme.admin, language: 'de' } }, /language/],
      [{ ...acme, slug: 'nouveau', settings: { idleTimeoutMinutes: 1 } }, /idle timeout/],
      [{ ...acme, slug: 'nouveau', settings: { otpValidMinutes: 60 } }, /One-time codes/],
    ];
    for (const [request, message] of refused) {
      await expect(setup.create(request)).rejects.toThrow(WorkspaceSetupError);
      await expect(setup.create(request)).rejects.toThrow(message);
    }
    expect(await counts()).toEqual(before);
  });

  it('changes the settings of a firm; the next sign-in follows them', async () => {
    const changed = await setup.configure('acme', {
      name: 'Cabinet Acme & Associés',
      idleTimeoutMinutes: 10,
      otpValidMinutes: 5,
    });
    expect(changed).toMatchObject({
      name: 'Cabinet Acme & Associés',
      idleTimeoutMinutes: 10,
      smsOtpEnabled: true,
      otpValidMinutes: 5,
    });
    const session = await signInOk(await testApp.client(), {
      workspace: 'acme',
      identifier: 'ADMIN001',
      password: PASSWORD,
    });
    expect(session.idleTimeoutSeconds).toBe(10 * 60);
    expect(session.workspace.name).toBe('Cabinet Acme & Associés');
    await expect(setup.configure('nulle-part', { idleTimeoutMinutes: 10 })).rejects.toThrow(
      /No workspace/,
    );
    await expect(setup.configure('acme', { idleTimeoutMinutes: 500 })).rejects.toThrow(
      /idle timeout/,
    );
    const [row] = await sql<{ idle: number }>(
      `SELECT idle_timeout_minutes AS idle FROM workspace WHERE slug = 'acme'`,
    );
    expect(row!.idle).toBe(10);
    // A firm that does not exist is still refused like any wrong sign-in.
    expect(
      (
        await signIn(await testApp.client(), {
          workspace: 'nulle-part',
          identifier: 'ADMIN001',
          password: PASSWORD,
        })
      ).status,
    ).toBe(401);
  });
});
