import { AuditEventKind } from '@guichet/contracts';
import { DataSource } from 'typeorm';
import { Transactions } from '../../server/src/core/database/transactions';
import type { AuditEvent } from '../../server/src/modules/audit/audit-event';
import { AuditEventRepository } from '../../server/src/modules/audit/audit-event.repository';
import { AuditLog } from '../../server/src/modules/audit/audit-log';
import { AuditModule } from '../../server/src/modules/audit/audit.module';
import { queryDatabase } from '../support/test-database';
import { startTestModuleApp, type TestModuleApp } from '../support/test-module-app';

describe('audit trail', () => {
  let testApp: TestModuleApp;
  let audit: AuditLog;
  let trail: AuditEventRepository;
  let workspaceA: string;
  let workspaceB: string;
  const sophie = '0b6f4a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f';
  const camille = '5c4d3e2f-0b6f-4a1e-8d3c-9e8f7a6b4b5a';

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const addWorkspace = async (slug: string) =>
    (
      await sql<{ id: string }>(`INSERT INTO workspace (slug, name) VALUES ($1, $1) RETURNING id`, [
        slug,
      ])
    )[0]!.id;
  /** Every event of a workspace, newest first, walking pages of `limit`. */
  const walk = async (
    filter: Omit<Parameters<AuditEventRepository['list']>[0], 'limit'>,
    limit: number,
  ) => {
    const events: AuditEvent[] = [];
    let before = filter.before;
    for (let page = 0; page < 100; page++) {
      const result = await trail.list({ ...filter, limit, before });
      expect(result.events.length).toBeLessThanOrEqual(limit);
      events.push(...result.events);
      if (!result.next) return events;
      before = result.next;
    }
    throw new Error('the pages never ended');
  };

  beforeAll(async () => {
    testApp = await startTestModuleApp([AuditModule]);
    audit = testApp.app.get(AuditLog);
    trail = testApp.app.get(AuditEventRepository, { strict: false });
    workspaceA = await addWorkspace('cabinet-a');
    workspaceB = await addWorkspace('cabinet-b');
  });

  afterAll(() => testApp.close());

  it('matches its entity exactly, so no change is left without a migration', async () => {
    const pending = await testApp.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query).filter((q) => q.includes('audit_event'))).toEqual(
      [],
    );
  });

  it('stores who, what, when, where and about what, with the network of the caller only', async () => {
    await audit.record({
      kind: AuditEventKind.SignInSucceeded,
      outcome: 'success',
      workspaceId: workspaceA,
      actorId: sophie,
      targetIds: { accountId: sophie },
      ip: '203.0.113.57',
    });
    await audit.record({
      kind: AuditEventKind.SignInFailed,
      outcome: 'failure',
      ip: '::ffff:198.51.100.23',
    });
    await audit.record({
      kind: AuditEventKind.SignInFailed,
      outcome: 'failure',
      workspaceId: workspaceA,
      ip: '2001:db8:85a3:8d3:1319:8a2e:370:7348',
    });
    const rows = await sql(
      `SELECT row_to_json(e)::text AS json, e.* FROM audit_event e ORDER BY occurred_at, ip_prefix`,
    );
    expect(rows.map(({ json: _json, id: _id, ...row }) => row)).toEqual([
      {
        occurred_at: expect.any(Date),
        workspace_id: workspaceA,
        actor_account_id: sophie,
        kind: 'sign-in.succeeded',
        outcome: 'success',
        target_ids: { accountId: sophie },
        ip_prefix: '203.0.113.0/24',
      },
      expect.objectContaining({ workspace_id: null, ip_prefix: '198.51.100.0/24', target_ids: {} }),
      expect.objectContaining({ workspace_id: workspaceA, ip_prefix: '2001:db8:85a3::/48' }),
    ]);
    const stored = rows.map((row) => String(row.json)).join('\n');
    for (const address of ['203.0.113.57', '198.51.100.23', '8a2e:370:7348']) {
      expect(stored).not.toContain(address);
    }
  });

  it('refuses any UPDATE in the database itself, whoever sends it', async () => {
    const before = await sql('SELECT * FROM audit_event ORDER BY id');
    await expect(sql(`UPDATE audit_event SET kind = 'signed-out'`)).rejects.toThrow(
      /audit_event is append-only/,
    );
    await expect(sql(`UPDATE audit_event SET ip_prefix = NULL WHERE false`)).rejects.toThrow(
      /append-only/,
    );
    expect(await sql('SELECT * FROM audit_event ORDER BY id')).toEqual(before);
  });

  it('refuses free text where ids belong', async () => {
    await expect(
      audit.record({
        kind: AuditEventKind.SignedOut,
        outcome: 'success',
        targetIds: { email: 'sophie@example.com' },
      }),
    ).rejects.toThrow(/UUIDs/);
  });

  it('commits or rolls back with the action it describes', async () => {
    const transactions = testApp.app.get(Transactions);
    const count = async () =>
      Number((await sql<{ n: string }>('SELECT count(*) AS n FROM audit_event'))[0]!.n);
    const start = await count();
    await expect(
      transactions.run(async () => {
        await audit.record({ kind: AuditEventKind.SignedOut, outcome: 'success', actorId: sophie });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await count()).toBe(start);
    await transactions.run(() =>
      audit.record({ kind: AuditEventKind.SignedOut, outcome: 'success', actorId: sophie }),
    );
    expect(await count()).toBe(start + 1);
  });

  it("lists a workspace's trail newest first, page by page, without gaps, repeats or other workspaces", async () => {
    const transactions = testApp.app.get(Transactions);
    // One transaction: these share the same occurred_at, which the cursor must still tell apart.
    await transactions.run(async () => {
      for (const actorId of [sophie, camille, sophie, camille, sophie]) {
        await audit.record({
          kind: AuditEventKind.SignInSucceeded,
          outcome: 'success',
          workspaceId: workspaceB,
          actorId,
        });
      }
    });
    await audit.record({
      kind: AuditEventKind.SignInFailed,
      outcome: 'failure',
      workspaceId: workspaceB,
      actorId: camille,
    });
    await audit.record({
      kind: AuditEventKind.SessionExpired,
      outcome: 'success',
      workspaceId: workspaceA,
      actorId: camille,
    });
    const expected = await sql<{ id: string }>(
      `SELECT id FROM audit_event WHERE workspace_id = $1 ORDER BY occurred_at DESC, id DESC`,
      [workspaceB],
    );
    expect(expected).toHaveLength(6);

    for (const limit of [1, 2, 4, 6, 50]) {
      const events = await walk({ workspaceId: workspaceB }, limit);
      expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    }
    const first = await trail.list({ workspaceId: workspaceB, limit: 1 });
    expect(first.events[0]).toEqual({
      id: expected[0]!.id,
      occurredAt: expect.any(Date),
      workspaceId: workspaceB,
      actorId: camille,
      kind: AuditEventKind.SignInFailed,
      outcome: 'failure',
      targetIds: {},
      ipPrefix: null,
    });
    expect(
      (await walk({ workspaceId: workspaceB, actorId: sophie }, 2)).map((e) => e.actorId),
    ).toEqual([sophie, sophie, sophie]);
    expect(
      await walk({ workspaceId: workspaceB, kind: AuditEventKind.SignInFailed }, 2),
    ).toHaveLength(1);
    expect(await walk({ workspaceId: workspaceA, actorId: camille }, 2)).toEqual([
      expect.objectContaining({ kind: AuditEventKind.SessionExpired, workspaceId: workspaceA }),
    ]);
  });

  it('lists a period: from is inclusive, to is exclusive', async () => {
    const workspace = await addWorkspace('cabinet-periods');
    for (const at of ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z']) {
      await sql(
        `INSERT INTO audit_event (occurred_at, workspace_id, kind, outcome) VALUES ($1, $2, 'signed-out', 'success')`,
        [at, workspace],
      );
    }
    const period = await trail.list({
      workspaceId: workspace,
      from: new Date('2026-02-01T00:00:00Z'),
      to: new Date('2026-03-01T00:00:00Z'),
      limit: 10,
    });
    expect(period.events.map((e) => e.occurredAt.toISOString())).toEqual([
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(period.next).toBeNull();
  });

  it('goes with its workspace when the workspace is deleted, and only then', async () => {
    const workspace = await addWorkspace('cabinet-gone');
    await audit.record({
      kind: AuditEventKind.SignedOut,
      outcome: 'success',
      workspaceId: workspace,
    });
    const others = await sql(`SELECT id FROM audit_event WHERE workspace_id IS DISTINCT FROM $1`, [
      workspace,
    ]);
    await sql(`DELETE FROM workspace WHERE id = $1`, [workspace]);
    expect(await sql(`SELECT id FROM audit_event WHERE workspace_id = $1`, [workspace])).toEqual(
      [],
    );
    expect(
      await sql(`SELECT id FROM audit_event WHERE workspace_id IS DISTINCT FROM $1`, [workspace]),
    ).toEqual(others);
  });
});
