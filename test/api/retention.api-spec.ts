import type { RetentionReport, RetentionSettings } from '@guichet/contracts';
import { Client } from 'pg';
import { Retention } from '../../server/src/modules/retention/retention.service';
import type { ApiClient } from '../support/api-client';
import { filesUnder, makeBlobDir, PDF, removeBlobDir, sendParcel } from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const DEFAULTS: RetentionSettings = { inactiveClientMonths: 24, auditIpMonths: 12, leadMonths: 36 };
const TENG = '72018689';
const BATAILLON = '70016968';

describe('retention (GDPR-5)', () => {
  let testApp: TestApp;
  let blobDir: string;
  let admin: ApiClient;
  let retention: Retention;
  let demoId: string;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const accountId = async (accessCode: string) =>
    (
      await sql<{ id: string }>(
        `SELECT id FROM account WHERE workspace_id = $1 AND access_code = $2`,
        [demoId, accessCode],
      )
    )[0]?.id;
  const lastActive = (accessCode: string, interval: string) =>
    sql(
      `UPDATE account SET last_active_at = now() - $3::interval
        WHERE workspace_id = $1 AND access_code = $2`,
      [demoId, accessCode, interval],
    );
  const auditAt = (interval: string, ip: string) =>
    sql<{ id: string }>(
      `INSERT INTO audit_event (workspace_id, kind, outcome, ip_prefix, occurred_at)
       VALUES ($1, 'sign-in.failed', 'failure', $2, now() - $3::interval) RETURNING id`,
      [demoId, ip, interval],
    );
  const kindOf = (report: RetentionReport, kind: string) =>
    report.kinds.find((k) => k.kind === kind)!;

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000', RETENTION_BATCH_SIZE: '2' },
    });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
    retention = testApp.app.get(Retention);
    [{ id: demoId }] = (await sql<{ id: string }>(
      `SELECT id FROM workspace WHERE slug = 'demo'`,
    )) as [{ id: string }];
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  it('gives the CNIL defaults, stores valid periods and refuses the rest unchanged', async () => {
    expect((await admin.get('/api/admin/retention/settings').expect(200)).body).toEqual(DEFAULTS);
    for (const bad of [
      { ...DEFAULTS, inactiveClientMonths: 0 },
      { ...DEFAULTS, auditIpMonths: 121 },
      { ...DEFAULTS, leadMonths: 'deux' },
      { inactiveClientMonths: 24 },
    ]) {
      const answer = await admin.put('/api/admin/retention/settings').send(bad).expect(422);
      expect(answer.body.code).toBe('COMMON_VALIDATION_FAILED');
    }
    expect((await admin.get('/api/admin/retention/settings').expect(200)).body).toEqual(DEFAULTS);

    const changed = { inactiveClientMonths: 36, auditIpMonths: 6, leadMonths: 24 };
    await admin.put('/api/admin/retention/settings').send(changed).expect(200, changed);
    expect((await admin.get('/api/admin/retention/settings').expect(200)).body).toEqual(changed);

    // Another firm keeps its own (default) periods.
    const other = await testApp.client();
    await signInOk(other, DEMO.otherAdmin);
    expect((await other.get('/api/admin/retention/settings').expect(200)).body).toEqual(DEFAULTS);
    await admin.put('/api/admin/retention/settings').send(DEFAULTS).expect(200);
  });

  it('is for admins only', async () => {
    const staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    await staff.get('/api/admin/retention/settings').expect(403);
    await staff.put('/api/admin/retention/settings').send(DEFAULTS).expect(403);
    await staff.get('/api/admin/retention/report').expect(403);
    await (await testApp.client()).get('/api/admin/retention/report').expect(401);
  });

  it('reports in a dry run, then erases inactive clients and clears old audit networks', async () => {
    // Teng signs in, sends a parcel, then stays away 25 months; Bataillon 23.5 months (expiring).
    const teng = await testApp.client();
    await signInOk(teng, DEMO.legacyClient);
    const parcel = await sendParcel(teng, { subject: 'Bilan Teng' }, [['bilan.pdf', PDF]]);
    const tengId = (await accountId(TENG))!;
    await lastActive(TENG, '25 months');
    await lastActive(BATAILLON, '23 months 15 days');
    const [old] = await auditAt('13 months', '198.51.100.0/24');
    await auditAt('11 months 20 days', '198.51.100.0/24');
    expect(await filesUnder(blobDir)).toHaveLength(1);

    const dry = await retention.run({ dryRun: true });
    expect(dry.dryRun).toBe(true);
    const clients = kindOf(dry, 'inactive-clients');
    expect(clients).toEqual(
      expect.objectContaining({ due: 1, done: 0, expiringCount: 1, months: 24 }),
    );
    expect(clients.expiring).toEqual([
      expect.objectContaining({
        id: await accountId(BATAILLON),
        label: 'Sophie Bataillon (70016968)',
      }),
    ]);
    expect(kindOf(dry, 'audit-ip')).toEqual(
      expect.objectContaining({ due: 1, done: 0, expiringCount: 1, months: 12 }),
    );
    // The dry run changed nothing.
    expect(await accountId(TENG)).toBe(tengId);
    // The admin sees the same for the firm.
    const page = (await admin.get('/api/admin/retention/report').expect(200))
      .body as RetentionReport;
    expect(kindOf(page, 'inactive-clients')).toEqual(clients);

    const run = await retention.run();
    expect(kindOf(run, 'inactive-clients').done).toBe(1);
    expect(kindOf(run, 'audit-ip').done).toBe(1);

    expect(await accountId(TENG)).toBeUndefined();
    expect(await accountId(BATAILLON)).toBeDefined();
    for (const table of ['session', 'parcel_recipient', 'password_history']) {
      const rows = await sql(`SELECT 1 FROM ${table} WHERE account_id = $1`, [tengId]);
      expect(rows).toEqual([]);
    }
    expect(await sql(`SELECT 1 FROM parcel WHERE id = $1`, [parcel.id])).toEqual([]);
    expect(await filesUnder(blobDir)).toEqual([]);
    await teng.get('/api/auth/session').expect(401);
    const erased = await sql<{ target_ids: object; actor_account_id: string | null }>(
      `SELECT target_ids, actor_account_id FROM audit_event WHERE kind = 'retention.account-erased'`,
    );
    expect(erased).toEqual([{ target_ids: { accountId: tengId }, actor_account_id: null }]);
    // Through the erasure engine: a tombstone without personal data.
    expect(
      await sql(`SELECT origin, erased_by FROM erasure_tombstone WHERE subject_kind = 'client'`),
    ).toEqual([{ origin: 'retention', erased_by: null }]);
    // The old event keeps its kind and time, without its network; the recent one keeps it.
    const events = await sql<{ id: string; kind: string; ip_prefix: string | null }>(
      `SELECT id, kind, ip_prefix FROM audit_event WHERE ip_prefix = '198.51.100.0/24' OR id = $1`,
      [old!.id],
    );
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.id === old!.id)).toEqual(
      expect.objectContaining({ kind: 'sign-in.failed', ip_prefix: null }),
    );

    const again = await retention.run();
    expect(again.kinds.map((k) => [k.kind, k.due, k.done])).toEqual([
      ['inactive-clients', 0, 0],
      ['audit-ip', 0, 0],
      ['leads', 0, 0],
    ]);
  });

  it('erases leads not heard from for 3 years, counting only contacts from the person', async () => {
    const lead = async (lastName: string, created: string) =>
      (
        await sql<{ id: string }>(
          `INSERT INTO crm_lead (workspace_id, first_name, last_name, company_name, created_at)
           VALUES ($1, 'Prénom', $2, 'Société', now() - $3::interval) RETURNING id`,
          [demoId, lastName, created],
        )
      )[0]!.id;
    const contact = (leadId: string, direction: string, ago: string) =>
      sql(
        `INSERT INTO crm_communication (workspace_id, lead_id, direction, channel, occurred_at, subject)
         VALUES ($1, $2, $3, 'email', now() - $4::interval, 'Échange')`,
        [demoId, leadId, direction, ago],
      );
    // Wrote 37 months ago; the firm's mail of last month does not extend the period.
    const silent = await lead('Silencieux', '5 years');
    await contact(silent, 'from-person', '37 months');
    await contact(silent, 'to-person', '1 month');
    // Wrote 35 months and 20 days ago: expiring within 30 days.
    const soon = await lead('Bientôt', '4 years');
    await contact(soon, 'from-person', '35 months 20 days');
    // Never wrote, created a year ago: kept.
    const recent = await lead('Récent', '1 year');

    const dry = kindOf(await retention.run({ dryRun: true }), 'leads');
    expect(dry).toEqual(expect.objectContaining({ due: 1, done: 0, expiringCount: 1, months: 36 }));
    expect(dry.expiring).toEqual([
      expect.objectContaining({ id: soon, label: 'Prénom Bientôt, Société' }),
    ]);

    const run = kindOf(await retention.run(), 'leads');
    expect(run.done).toBe(1);
    const names = await sql<{ id: string; last_name: string }>(
      `SELECT id, last_name FROM crm_lead WHERE id = ANY($1)`,
      [[silent, soon, recent]],
    );
    expect(names.find((l) => l.id === silent)!.last_name).not.toBe('Silencieux');
    expect(
      names
        .filter((l) => l.id !== silent)
        .map((l) => l.last_name)
        .sort(),
    ).toEqual(['Bientôt', 'Récent']);
    expect(await sql(`SELECT 1 FROM crm_communication WHERE lead_id = $1`, [silent])).toEqual([]);
    expect(
      await sql(`SELECT target_ids FROM audit_event WHERE kind = 'retention.lead-erased'`),
    ).toEqual([{ target_ids: { leadId: silent } }]);
    // The anonymised row that stays is not erased again.
    expect(kindOf(await retention.run({ dryRun: true }), 'leads').due).toBe(0);
  });

  it('keeps the trail append-only apart from clearing a network prefix', async () => {
    const [event] = await auditAt('1 day', '192.0.2.0/24');
    const client = new Client({ connectionString: testApp.database.url });
    await client.connect();
    try {
      const attempt = async (update: string) => {
        await client.query('BEGIN');
        try {
          await client.query(`SELECT set_config('guichet.audit_ip_retention', 'on', true)`);
          await client.query(update, [event!.id]);
        } finally {
          await client.query('ROLLBACK');
        }
      };
      await expect(
        attempt(`UPDATE audit_event SET kind = 'signed-out' WHERE id = $1`),
      ).rejects.toThrow(/only clearing ip_prefix/);
      await expect(
        attempt(`UPDATE audit_event SET ip_prefix = '10.0.0.0/8' WHERE id = $1`),
      ).rejects.toThrow(/only clearing ip_prefix/);
      await expect(
        attempt(`UPDATE audit_event SET ip_prefix = NULL WHERE id = $1`),
      ).resolves.toBeUndefined();
      // Without the setting, even clearing is refused.
      await expect(
        client.query(`UPDATE audit_event SET ip_prefix = NULL WHERE id = $1`, [event!.id]),
      ).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });

  it('erases a client and records its retention event together, or neither', async () => {
    const MARTIN = '25350001';
    const martinId = (await accountId(MARTIN))!;
    await lastActive(MARTIN, '3 years');
    const tombstones = `SELECT count(*)::int AS n FROM erasure_tombstone`;
    const [before] = await sql<{ n: number }>(tombstones);
    // The trail refuses the job's event: a crash after the erasure's commit would lose it the same.
    await sql(`CREATE FUNCTION refuse_retention_event() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN RAISE EXCEPTION 'trail unavailable'; END $$`);
    await sql(`CREATE TRIGGER refuse_retention_event BEFORE INSERT ON audit_event FOR EACH ROW
               WHEN (NEW.kind = 'retention.account-erased') EXECUTE FUNCTION refuse_retention_event()`);
    try {
      expect(kindOf(await retention.run(), 'inactive-clients')).toEqual(
        expect.objectContaining({ due: 1, done: 0 }),
      );
      // Not erased without its event: the account and its tombstone count are as they were.
      expect(await accountId(MARTIN)).toBe(martinId);
      expect(await sql(tombstones)).toEqual([before]);
    } finally {
      await sql(`DROP TRIGGER refuse_retention_event ON audit_event`);
      await sql(`DROP FUNCTION refuse_retention_event()`);
    }
    // The next run erases the client, with its event.
    expect(kindOf(await retention.run(), 'inactive-clients').done).toBe(1);
    expect(await accountId(MARTIN)).toBeUndefined();
    expect(
      await sql(`SELECT 1 FROM audit_event WHERE target_ids->>'accountId' = $1`, [martinId]),
    ).toHaveLength(1);
  });

  it('counts inactivity from the last sign-in', async () => {
    await lastActive(BATAILLON, '3 years');
    const client = await testApp.client();
    await signInOk(client, { workspace: 'demo', identifier: BATAILLON, password: 'ancien70' });
    const report = await retention.run({ dryRun: true });
    expect(kindOf(report, 'inactive-clients').due).toBe(0);
  });
});
