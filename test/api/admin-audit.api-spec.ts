import {
  type AdminAuditEvent,
  type AdminAuditPage,
  AuditEventKind,
  CommonErrorCode,
} from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { DEMO, signIn, signInOk } from '../support/sign-in';
import { accountId } from '../support/ids';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

describe('admin audit viewer', () => {
  let testApp: TestApp;
  let admin: ApiClient;
  let adminId: string;
  let sophieId: string;
  const sophie = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const idOf = (workspace: string, accessCode: string) =>
    accountId(testApp.database.url, workspace, accessCode);
  const audit = async (query = '', client = admin) =>
    (await client.get(`/api/admin/audit${query}`).expect(200)).body as AdminAuditPage;
  const kinds = (page: AdminAuditPage) => page.items.map((event) => event.kind);

  beforeAll(async () => {
    testApp = await startTestApp({ demoData: true, env: { THROTTLE_IP_FREE: '1000' } });
    adminId = await idOf('demo', 'ADMIN001');
    sophieId = await idOf('demo', '70016968');
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
    await signInOk(await testApp.client(), sophie);
    await admin.post(`/api/admin/accounts/${sophieId}/lock`).expect(200);
    expect((await signIn(await testApp.client(), sophie)).status).toBe(401);
    await admin.post(`/api/admin/accounts/${sophieId}/unlock`).expect(200);
    await admin.post(`/api/admin/accounts/${sophieId}/sign-out-everywhere`).expect(204);
  });

  afterAll(() => testApp.close());

  it('lists the actions newest first, with the actor and the target named', async () => {
    const page = await audit();
    expect(kinds(page)).toEqual([
      AuditEventKind.AccountSignedOutEverywhere,
      AuditEventKind.AccountUnlocked,
      AuditEventKind.SignInFailed,
      AuditEventKind.AccountLocked,
      AuditEventKind.SignInSucceeded,
      AuditEventKind.SignInSucceeded,
    ]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).toEqual<AdminAuditEvent>({
      id: expect.any(String),
      kind: AuditEventKind.AccountSignedOutEverywhere,
      outcome: 'success',
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      actor: { id: adminId, name: 'Alex Administrateur' },
      targetIds: { accountId: sophieId },
      targetAccount: { id: sophieId, name: 'Sophie Bataillon' },
      ipPrefix: expect.stringMatching(/^(127\.0\.0\.0\/24|::\/48)$/),
    });
    expect(page.items[2]).toEqual(
      expect.objectContaining({
        kind: AuditEventKind.SignInFailed,
        outcome: 'failure',
        actor: { id: sophieId, name: 'Sophie Bataillon' },
        targetAccount: null,
      }),
    );
    const times = page.items.map((event) => event.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by kind, by account (acting or targeted) and by period', async () => {
    expect(kinds(await audit(`?kind=${AuditEventKind.AccountLocked}`))).toEqual([
      AuditEventKind.AccountLocked,
    ]);
    expect(kinds(await audit(`?accountId=${sophieId}`))).toEqual([
      AuditEventKind.AccountSignedOutEverywhere,
      AuditEventKind.AccountUnlocked,
      AuditEventKind.SignInFailed,
      AuditEventKind.AccountLocked,
      AuditEventKind.SignInSucceeded,
    ]);
    const staffId = await idOf('demo', 'GEST0001');
    expect(await audit(`?accountId=${staffId}`)).toEqual({ items: [], nextCursor: null });
    const all = await audit();
    const lockedAt = all.items.find((e) => e.kind === AuditEventKind.AccountLocked)!.occurredAt;
    const unlockedAt = all.items.find((e) => e.kind === AuditEventKind.AccountUnlocked)!.occurredAt;
    const period = await audit(
      `?from=${encodeURIComponent(lockedAt)}&to=${encodeURIComponent(unlockedAt)}`,
    );
    expect(kinds(period)).toContain(AuditEventKind.AccountLocked);
    expect(kinds(period)).not.toContain(AuditEventKind.AccountUnlocked);
    expect(await audit('?from=2000-01-01&to=2000-02-01')).toEqual({ items: [], nextCursor: null });
  });

  it("shows an admin their own workspace's trail only", async () => {
    const other = await testApp.client();
    await signInOk(other, DEMO.otherAdmin);
    const page = await audit('', other);
    expect(kinds(page)).toEqual([AuditEventKind.SignInSucceeded]);
    expect(JSON.stringify(page)).not.toContain(sophieId);
    expect(await audit(`?accountId=${sophieId}`, other)).toEqual({ items: [], nextCursor: null });
  });

  it('pages 50 events at a time, newest first, without gaps or repeats', async () => {
    const workspaceId = (
      await sql<{ id: string }>(`SELECT id FROM workspace WHERE slug = 'demo'`)
    )[0]!.id;
    await sql(
      `INSERT INTO audit_event (occurred_at, workspace_id, actor_account_id, kind, outcome)
       SELECT now() - n * interval '1 minute', $1, $2, 'signed-out', 'success'
         FROM generate_series(1, 60) AS n`,
      [workspaceId, sophieId],
    );
    const total = (
      await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE workspace_id = $1`, [
        workspaceId,
      ])
    )[0]!.n;
    const seen: AdminAuditEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: AdminAuditPage = await audit(cursor ? `?cursor=${cursor}` : '');
      expect(page.items.length).toBeLessThanOrEqual(50);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(Number(total));
    expect(new Set(seen.map((event) => event.id)).size).toBe(seen.length);
    const times = seen.map((event) => event.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    const signedOut = seen.filter((event) => event.kind === AuditEventKind.SignedOut);
    expect(signedOut[0]!.actor).toEqual({ id: sophieId, name: 'Sophie Bataillon' });
  });

  it('answers 422 keyed by field for bad query parameters', async () => {
    const cases: [string, string][] = [
      ['?kind=password.shown', 'kind'],
      ['?accountId=sophie', 'accountId'],
      ['?from=yesterday', 'from'],
      ['?to=2026-13-45', 'to'],
      ['?from=2026-02-01&to=2026-01-01', 'to'],
      ['?from=2026-02-01&to=2026-02-01', 'to'],
      ['?cursor=garbage', 'cursor'],
      [`?cursor=${Buffer.from('2026-01-01T00:00:00Z|x').toString('base64url')}`, 'cursor'],
      ['?actorId=x', 'actorId'],
    ];
    for (const [query, field] of cases) {
      const response = await admin.get(`/api/admin/audit${query}`).expect(422);
      expect(response.body.code).toBe(CommonErrorCode.ValidationFailed);
      expect(Object.keys(response.body.fields)).toContain(field);
    }
  });
});
