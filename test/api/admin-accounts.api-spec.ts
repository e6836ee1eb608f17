import {
  AccountState,
  type AdminAccountPage,
  type AdminAccountSummary,
  AdminAccountsErrorCode,
  AuthErrorCode,
  CommonErrorCode,
  Role,
} from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { DEMO, signIn, signInOk } from '../support/sign-in';
import { accountId } from '../support/ids';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

describe('admin accounts', () => {
  let testApp: TestApp;
  let admin: ApiClient;
  let demoId: string;
  const sophie = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const idOf = (workspace: string, accessCode: string) =>
    accountId(testApp.database.url, workspace, accessCode);
  const list = async (query = '', client = admin) =>
    (await client.get(`/api/admin/accounts${query}`).expect(200)).body as AdminAccountPage;
  const codesOf = (page: AdminAccountPage) => page.items.map((item) => item.accessCode);
  const addClient = (accessCode: string, firstName: string | null, lastName: string, extra = {}) =>
    sql(
      `INSERT INTO account (workspace_id, access_code, role, first_name, last_name, email)
       VALUES ($1, $2, 'client', $3, $4, $5)`,
      [demoId, accessCode, firstName, lastName, (extra as { email?: string }).email ?? null],
    );

  beforeAll(async () => {
    testApp = await startTestApp({ demoData: true, env: { THROTTLE_IP_FREE: '1000' } });
    demoId = (await sql<{ id: string }>(`SELECT id FROM workspace WHERE slug = 'demo'`))[0]!.id;
    await addClient('E-001', 'Élise', 'Dupont', { email: 'elise.dupont@example.test' });
    await addClient('E-002', 'Noël', 'Cœurderoy');
    await addClient('E-003', null, 'Taux_100%');
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
  });

  afterAll(() => testApp.close());

  describe('who may ask', () => {
    it('answers 401 when signed out and 403 to staff and clients, for every route', async () => {
      const sophieId = await idOf('demo', '70016968');
      const anonymous = await testApp.client();
      const staff = await testApp.client();
      await signInOk(staff, DEMO.staff);
      const client = await testApp.client();
      await signInOk(client, DEMO.legacyClient);
      const routes: [string, 'get' | 'post'][] = [
        ['/api/admin/accounts', 'get'],
        [`/api/admin/accounts/${sophieId}`, 'get'],
        [`/api/admin/accounts/${sophieId}/lock`, 'post'],
        [`/api/admin/accounts/${sophieId}/unlock`, 'post'],
        [`/api/admin/accounts/${sophieId}/sign-out-everywhere`, 'post'],
        [`/api/admin/accounts/${sophieId}/second-factor-reset`, 'post'],
        ['/api/admin/audit', 'get'],
      ];
      for (const [path, method] of routes) {
        const signedOut = await anonymous[method](path).expect(401);
        expect(signedOut.body.code).toBe(CommonErrorCode.Unauthenticated);
        for (const other of [staff, client]) {
          expect((await other[method](path).expect(403)).body.code).toBe(CommonErrorCode.Forbidden);
        }
      }
      expect(await sql(`SELECT id FROM account WHERE locked_at IS NOT NULL`)).toEqual([]);
    });
  });

  it('describes its routes in the OpenAPI document', async () => {
    const { paths } = (await testApp.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/admin/accounts',
        '/api/admin/accounts/{id}',
        '/api/admin/accounts/{id}/lock',
        '/api/admin/accounts/{id}/unlock',
        '/api/admin/accounts/{id}/sign-out-everywhere',
        '/api/admin/accounts/{id}/second-factor-reset',
        '/api/admin/audit',
      ]),
    );
  });

  describe('list', () => {
    it("lists the admin's own workspace only, sorted by last name, with state and manager", async () => {
      const page = await list();
      expect(page.nextCursor).toBeNull();
      expect(page.items.map((item) => item.lastName)).toEqual([
        'Administrateur',
        'Bataillon',
        'Cœurderoy',
        'Dupont',
        'Durand',
        'Gestionnaire',
        'Martin',
        'Petit',
        'Taux_100%',
        'Teng',
      ]);
      expect(JSON.stringify(page)).not.toContain('Leroy');
      const bataillon = page.items.find((item) => item.accessCode === '70016968');
      expect(bataillon).toEqual<AdminAccountSummary>({
        id: await idOf('demo', '70016968'),
        accessCode: '70016968',
        role: Role.Client,
        civility: 'mrs' as AdminAccountSummary['civility'],
        firstName: 'Sophie',
        lastName: 'Bataillon',
        email: 's.bataillon@demo.guichet.test',
        mobile: '+33606101010',
        state: AccountState.Legacy,
        accountManager: { id: await idOf('demo', 'GEST0001'), name: 'Camille Gestionnaire' },
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
      expect(JSON.stringify(page)).not.toMatch(/argon2|passwordHash|ancien/i);
      const states = Object.fromEntries(page.items.map((item) => [item.accessCode, item.state]));
      expect(states).toEqual(
        expect.objectContaining({
          ADMIN001: AccountState.Active,
          '72018689': AccountState.Legacy,
          '25350001': AccountState.NoPassword,
        }),
      );
    });

    it('finds people whatever the case and accents, by name, access code or e-mail', async () => {
      for (const search of [
        'elise',
        'ÉLISE',
        'Elise DUPONT',
        'dupont  élise',
        'E-001',
        'DUPONT@EX',
      ]) {
        expect(codesOf(await list(`?search=${encodeURIComponent(search)}`))).toEqual(['E-001']);
      }
      expect(codesOf(await list(`?search=${encodeURIComponent('coeur')}`))).toEqual(['E-002']);
      expect(codesOf(await list(`?search=${encodeURIComponent('noel')}`))).toEqual(['E-002']);
      expect(codesOf(await list('?search=7001'))).toEqual(['70016968']);
      expect(codesOf(await list('?search=nobody'))).toEqual([]);
    });

    it('takes % and _ in a search literally', async () => {
      expect(codesOf(await list(`?search=${encodeURIComponent('%')}`))).toEqual(['E-003']);
      expect(codesOf(await list(`?search=${encodeURIComponent('_1')}`))).toEqual(['E-003']);
      expect(
        codesOf(await list(`?search=${encodeURIComponent("'; DROP TABLE account; --")}`)),
      ).toEqual([]);
      expect((await list()).items.length).toBeGreaterThan(3);
    });

    it('filters by role and by state', async () => {
      expect(codesOf(await list('?role=staff'))).toEqual(['GEST0001']);
      expect(codesOf(await list('?role=admin'))).toEqual(['ADMIN001']);
      expect(codesOf(await list('?state=legacy')).sort()).toEqual(['70016968', '72018689']);
      expect(codesOf(await list('?state=no-password&search=martin'))).toEqual(['25350001']);
      expect(codesOf(await list('?state=locked'))).toEqual([]);
    });

    it('pages 50 at a time with an opaque cursor, without gaps or repeats', async () => {
      for (let i = 0; i < 70; i++) {
        await addClient(`P-${String(i).padStart(3, '0')}`, `Prénom ${i}`, `Pagé ${String(i % 7)}`);
      }
      const seen: AdminAccountSummary[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: AdminAccountPage = await list(
          `?search=pag${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.items.length).toBeLessThanOrEqual(50);
        seen.push(...page.items);
        cursor = page.nextCursor;
        if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(2);
      expect(seen).toHaveLength(70);
      expect(new Set(seen.map((item) => item.id)).size).toBe(70);
      const lastNames = seen.map((item) => item.lastName);
      expect(lastNames).toEqual([...lastNames].sort());
    });

    it("gives one account of the workspace by id, and 404 for another firm's", async () => {
      const sophieId = await idOf('demo', '70016968');
      const account = (await admin.get(`/api/admin/accounts/${sophieId}`).expect(200))
        .body as AdminAccountSummary;
      expect(account).toMatchObject({
        id: sophieId,
        accessCode: '70016968',
        firstName: 'Sophie',
        lastName: 'Bataillon',
        accountManager: { name: 'Camille Gestionnaire' },
      });
      const nadiaId = await idOf('autre', '72018689');
      const missing = await admin.get(`/api/admin/accounts/${nadiaId}`).expect(404);
      expect(missing.body.code).toBe(AdminAccountsErrorCode.AccountNotFound);
      await admin.get('/api/admin/accounts/not-a-uuid').expect(422);
    });

    it('answers 422 keyed by field for bad query parameters', async () => {
      const otherCursor = Buffer.from(await idOf('autre', '72018689')).toString('base64url');
      const cases: [string, string][] = [
        ['?role=boss', 'role'],
        ['?state=asleep', 'state'],
        ['?cursor=not-a-cursor', 'cursor'],
        [`?cursor=${otherCursor}`, 'cursor'],
        [`?search=${'x'.repeat(101)}`, 'search'],
        [`?search=${encodeURIComponent('a b c d e f g h i')}`, 'search'],
        ['?role=client&role=staff', 'role'],
        ['?sort=email', 'sort'],
      ];
      for (const [query, field] of cases) {
        const response = await admin.get(`/api/admin/accounts${query}`).expect(422);
        expect(response.body.code).toBe(CommonErrorCode.ValidationFailed);
        expect(Object.keys(response.body.fields)).toContain(field);
      }
    });
  });

  describe('lock, unlock, sign out everywhere', () => {
    it('locks an account: its sessions end at once and sign-in answers as for a wrong password', async () => {
      const sophieId = await idOf('demo', '70016968');
      const browser = await testApp.client();
      await signInOk(browser, sophie);
      await browser.get('/api/auth/session').expect(200);

      const locked = await admin.post(`/api/admin/accounts/${sophieId}/lock`).expect(200);
      expect(locked.body).toEqual(
        expect.objectContaining({ id: sophieId, state: AccountState.Locked }),
      );
      expect(await sql(`SELECT id FROM session WHERE account_id = $1`, [sophieId])).toEqual([]);
      await browser.get('/api/auth/session').expect(401);

      const refused = await signIn(await testApp.client(), sophie);
      const wrongPassword = await signIn(await testApp.client(), { ...sophie, password: 'wrong' });
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual(wrongPassword.body);
      expect(refused.body.code).toBe(AuthErrorCode.InvalidCredentials);
      expect(codesOf(await list('?state=locked'))).toEqual(['70016968']);

      // Locking again keeps the first lock's time.
      const [first] = await sql<{ locked_at: Date }>(
        `SELECT locked_at FROM account WHERE id = $1`,
        [sophieId],
      );
      await admin.post(`/api/admin/accounts/${sophieId}/lock`).expect(200);
      expect(await sql(`SELECT locked_at FROM account WHERE id = $1`, [sophieId])).toEqual([first]);

      const unlocked = await admin.post(`/api/admin/accounts/${sophieId}/unlock`).expect(200);
      expect(unlocked.body.state).toBe(AccountState.Legacy);
      expect((await signInOk(await testApp.client(), sophie)).nextStep).toBe('legacy-migration');
    });

    it('refuses to let an admin lock themselves', async () => {
      const adminId = await idOf('demo', 'ADMIN001');
      const response = await admin.post(`/api/admin/accounts/${adminId}/lock`).expect(409);
      expect(response.body.code).toBe(AdminAccountsErrorCode.CannotLockSelf);
      expect(await sql(`SELECT locked_at FROM account WHERE id = $1`, [adminId])).toEqual([
        { locked_at: null },
      ]);
      await admin.get('/api/admin/accounts').expect(200);
    });

    it("answers 404 for another workspace's account and changes nothing", async () => {
      const leroy = await idOf('autre', '72018689');
      // Nadia Leroy has no password: a session row stands for her browser, to see that it survives.
      await sql(
        `INSERT INTO session (token_hash, account_id, workspace_id, last_seen_at, absolute_expires_at)
         SELECT sha256('leroy'::bytea), id, workspace_id, now(), now() + interval '1 hour' FROM account WHERE id = $1`,
        [leroy],
      );
      for (const action of ['lock', 'unlock', 'sign-out-everywhere']) {
        const response = await admin.post(`/api/admin/accounts/${leroy}/${action}`).expect(404);
        expect(response.body.code).toBe(AdminAccountsErrorCode.AccountNotFound);
        await admin
          .post(`/api/admin/accounts/00000000-0000-4000-8000-000000000000/${action}`)
          .expect(404);
        const malformed = await admin.post(`/api/admin/accounts/not-a-uuid/${action}`).expect(422);
        expect(malformed.body.fields).toEqual({ id: ['isUuid'] });
      }
      expect(await sql(`SELECT locked_at FROM account WHERE id = $1`, [leroy])).toEqual([
        { locked_at: null },
      ]);
      expect(await sql(`SELECT id FROM session WHERE account_id = $1`, [leroy])).toHaveLength(1);
    });

    it('signs an account out everywhere; it may sign in again', async () => {
      const sophieId = await idOf('demo', '70016968');
      const phone = await testApp.client();
      const laptop = await testApp.client();
      await signInOk(phone, sophie);
      await signInOk(laptop, sophie);
      await admin.post(`/api/admin/accounts/${sophieId}/sign-out-everywhere`).expect(204);
      await phone.get('/api/auth/session').expect(401);
      await laptop.get('/api/auth/session').expect(401);
      await admin.get('/api/admin/accounts').expect(200);
      await signInOk(phone, sophie);
      await phone.get('/api/auth/session').expect(200);
    });

    it('refuses a state change without the XSRF header', async () => {
      const sophieId = await idOf('demo', '70016968');
      const cookie = admin.cookieHeader();
      await testApp.http
        .post(`/api/admin/accounts/${sophieId}/lock`)
        .set('Cookie', cookie)
        .expect(403);
      expect(await sql(`SELECT locked_at FROM account WHERE id = $1`, [sophieId])).toEqual([
        { locked_at: null },
      ]);
    });
  });
});
