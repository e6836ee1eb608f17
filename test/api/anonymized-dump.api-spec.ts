import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { AnonymizedDump } from '../../server/src/modules/anonymized-dump/anonymized-dump.service';
import { makeBlobDir, PDF, removeBlobDir, sendParcel } from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/test-database';

/** Values a person would recognise as theirs: none may be left in the dump. */
const PERSONAL = [
  'Gwendoline',
  'Kerbrat',
  'gwen.kerbrat@exemple.fr',
  '+33612345678',
  '612345678',
  'GWEN2026',
  'Sophat',
  'Teng',
  '72018689',
  'Bataillon',
  's.bataillon@demo.guichet.test',
  '+33606101010',
  'guichet.test',
  'Ordonnance confidentielle',
  'Déclaration Kerbrat',
  'releve-kerbrat.pdf',
  '81.250.12',
  '2a01:cb00:77',
  '$argon2id$',
  'Bonjour Gwendoline',
  'Maëlys',
  'Quintrec',
  '14 rue des Goélands',
  'Plouzané',
  '0298765432',
  'maelys.quintrec@exemple.bzh',
  'souffre de diabète',
  'Rendez-vous Quintrec',
];

describe('anonymised dump (GDPR-6)', () => {
  let source: TestApp;
  let blobDir: string;
  let dumpText: string;
  const key = Buffer.alloc(32, 42);

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(source.database.url, text, params);
  const dump = async (options: { key?: Buffer } = {}) => {
    const parts: string[] = [];
    const summary = await source.app
      .get(AnonymizedDump)
      .write({ write: async (text) => void parts.push(text) }, options);
    return { text: parts.join(''), summary };
  };

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    source = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000' },
    });
    // Rich personal data in every kind of table: through the API where it is quick…
    const teng = await source.client();
    await signInOk(teng, DEMO.legacyClient);
    await sendParcel(teng, { subject: 'Déclaration Kerbrat', note: 'Ordonnance confidentielle' }, [
      ['releve-kerbrat.pdf', PDF],
    ]);
    // …and straight into the tables elsewhere.
    const [{ id: workspaceId }] = (await sql<{ id: string }>(
      `SELECT id FROM workspace WHERE slug = 'demo'`,
    )) as [{ id: string }];
    const [{ id: gwenId }] = (await sql<{ id: string }>(
      `INSERT INTO account (workspace_id, access_code, role, civility, first_name, last_name, email,
                            mobile, password_hash, account_manager_id)
       SELECT $1, 'GWEN2026', 'client', 'mrs', 'Gwendoline', 'Kerbrat', 'gwen.kerbrat@exemple.fr',
              '+33612345678', '$argon2id$v=19$m=65536,t=3,p=4$c2VsZ3NlbA$aGFzaGhhc2g', id
         FROM account WHERE workspace_id = $1 AND access_code = 'GEST0001' RETURNING id`,
      [workspaceId],
    )) as [{ id: string }];
    await sql(
      `INSERT INTO identity_review (workspace_id, account_id, email_given, mobile_given, reason)
       VALUES ($1, $2, 'gwen.kerbrat@exemple.fr', '+33612345678', 'no-sms-otp')`,
      [workspaceId, gwenId],
    );
    await sql(
      `INSERT INTO identity_flow (token_hash, workspace_id, kind, step, account_id, data, expires_at)
       VALUES ('\\x01', $1, 'first-connection', 'verify-code', $2,
               '{"email": "gwen.kerbrat@exemple.fr", "mobile": "+33612345678"}', now())`,
      [workspaceId, gwenId],
    );
    await sql(
      `INSERT INTO audit_event (workspace_id, actor_account_id, kind, outcome, ip_prefix)
       VALUES ($1, $2, 'sign-in.failed', 'failure', '81.250.12.0/24'),
              ($1, $2, 'sign-in.failed', 'failure', '2a01:cb00:77::/48')`,
      [workspaceId, gwenId],
    );
    await sql(
      `INSERT INTO sign_in_throttle (key, failures, last_failure_at) VALUES ('ip:81.250.12.7', 3, now())`,
    );
    await sql(
      `INSERT INTO otp_challenge (purpose, flow_id, workspace_id, subject, recipient, code_hash, expires_at)
       VALUES ('identity', 'f1', $1, 'account:' || $2, '+33612345678', '\\x02', now())`,
      [workspaceId, gwenId],
    );
    await sql(
      `INSERT INTO outbox_message (idempotency_key, workspace_id, channel, template, recipient, last_error)
       VALUES ('test:1', $1, 'mail', 'password-link', 'gwen.kerbrat@exemple.fr',
               '550 mailbox gwen.kerbrat@exemple.fr unknown')`,
      [workspaceId],
    );
    await sql(
      `INSERT INTO dev_inbox_message (channel, recipient, subject, text)
       VALUES ('mail', 'gwen.kerbrat@exemple.fr', 'Bonjour Gwendoline', 'Bonjour Gwendoline Kerbrat')`,
    );
    await sql(
      `INSERT INTO recipient_session (token_hash, workspace_id, email, last_seen_at, absolute_expires_at)
       VALUES ('\\x03', $1, 's.bataillon@demo.guichet.test', now(), now())`,
      [workspaceId],
    );
    // The CRM: a lead with an address, phone, e-mail, remark and communication.
    const [{ id: leadId }] = (await sql<{ id: string }>(
      `INSERT INTO crm_lead (workspace_id, first_name, last_name, company_name)
       VALUES ($1, 'Maëlys', 'Quintrec', 'Quintrec Conseil') RETURNING id`,
      [workspaceId],
    )) as [{ id: string }];
    const owned = (table: string, columns: string, values: string) =>
      sql(`INSERT INTO ${table} (workspace_id, lead_id, ${columns}) VALUES ($1, $2, ${values})`, [
        workspaceId,
        leadId,
      ]);
    await owned(
      'crm_address',
      'line1, postal_code, city',
      `'14 rue des Goélands', '29280', 'Plouzané'`,
    );
    await owned('crm_phone', 'number', `'0298765432'`);
    await owned('crm_email', 'address', `'maelys.quintrec@exemple.bzh'`);
    await owned('crm_remark', 'text', `'Dit qu''elle souffre de diabète'`);
    await owned(
      'crm_communication',
      'direction, channel, occurred_at, subject',
      `'from-person', 'meeting', now(), 'Rendez-vous Quintrec'`,
    );
    ({ text: dumpText } = await dump({ key }));
  });

  afterAll(async () => {
    await source.close();
    await removeBlobDir(blobDir);
  });

  it('leaves no original personal value in the dump', () => {
    const found = PERSONAL.filter((value) => dumpText.includes(value));
    expect(found).toEqual([]);
    expect(dumpText).toContain('INSERT INTO "account"');
    expect(dumpText).toContain('@example.invalid');
  });

  it('gives the same fakes with the same key, other fakes with a random one', async () => {
    const fakeOf = (text: string) => text.match(/u[0-9a-f]{16}@example\.invalid/g)!.sort();
    expect(fakeOf((await dump({ key })).text)).toEqual(fakeOf(dumpText));
    const random = await dump();
    expect(random.summary.keyGiven).toBe(false);
    expect(fakeOf(random.text)).not.toEqual(fakeOf(dumpText));
  });

  describe('restored into an empty database', () => {
    let restored: TestDatabase;
    let app: TestApp;
    const onRestored = <T = Record<string, unknown>>(text: string) =>
      queryDatabase<T>(restored.url, text);

    beforeAll(async () => {
      restored = await createTestDatabase();
      const client = new Client({ connectionString: restored.url });
      await client.connect();
      try {
        await client.query(dumpText);
      } finally {
        await client.end();
      }
      app = await startTestApp({ database: restored });
    });

    afterAll(async () => {
      await app.close();
      await restored.drop();
    });

    it('has every row, and the app starts on it without migrating again', async () => {
      for (const table of [
        'account',
        'parcel',
        'audit_event',
        'outbox_message',
        'crm_lead',
        'crm_address',
        'migrations',
      ]) {
        const count = `SELECT count(*)::int AS n FROM ${table}`;
        expect(await onRestored(count)).toEqual(await sql(count));
      }
      expect(await app.app.get(DataSource).showMigrations()).toBe(false);
      await app.http.get('/api/health/ready').expect(200);
    });

    it('keeps joins and identities consistent, and drops credentials and free text', async () => {
      const [gwen] = await onRestored<{
        email: string;
        manager: string | null;
        password_hash: null;
      }>(
        `SELECT a.email, m.access_code AS manager, a.password_hash FROM account a
           LEFT JOIN account m ON m.id = a.account_manager_id
          WHERE a.id = (SELECT account_id FROM identity_review LIMIT 1)`,
      );
      expect(gwen).toEqual({
        email: expect.stringMatching(/@example\.invalid$/),
        manager: expect.any(String),
        password_hash: null,
      });
      const [review] = await onRestored<{ email_given: string }>(
        `SELECT email_given FROM identity_review`,
      );
      expect(review!.email_given).toBe(gwen!.email);
      const [parcel] = await onRestored<{ subject: string; note: string }>(
        `SELECT subject, note FROM parcel`,
      );
      expect(parcel).toEqual({ subject: '', note: '' });
      expect(
        await onRestored(`SELECT 1 FROM parcel_document WHERE wrapped_key IS NOT NULL`),
      ).toEqual([]);
    });
  });
});
