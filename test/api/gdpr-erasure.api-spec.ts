import type { ErasurePreview, ErasureResult } from '@guichet/contracts';
import { formatLegacyImportReport } from '../../server/src/cli/import-legacy-report';
import { Erasure } from '../../server/src/modules/gdpr/erasure/erasure.service';
import { LegacyImport } from '../../server/src/modules/legacy-import/legacy-import.service';
import type { ApiClient } from '../support/api-client';
import { dumpDatabase } from '../support/database-dump';
import { binary, filesUnder, makeBlobDir, removeBlobDir, sendParcel } from '../support/parcels';
import { personalAccount } from '../support/password-accounts';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';
import { zipEntries } from '../support/zip-entries';

/** Everything that identifies the person: none of it may survive the erasure. */
const PERSON = {
  accessCode: 'ZORB2026',
  firstName: 'Zéphyrine',
  lastName: 'Orbandale',
  email: 'zephyrine.orbandale@exemple.test',
  mobile: '+33699887766',
};
const PASSWORD = 'Vert-Galet-Lune-93!';
const NOTE = 'Note du dossier Kestrelmoor, merci de vérifier';
const SENT_DOCUMENT = Buffer.from(
  'Bilan Kestrelmoor 2025 : contenu que seul ce document contient\n',
);
const RECEIVED_DOCUMENT = Buffer.from('Avis Quillifax 2025 : réponse du cabinet au client\n');
const IDENTIFYING = [
  'Orbandale',
  'Zéphyrine',
  'Zephyrine',
  PERSON.email,
  '699887766',
  PERSON.accessCode,
  'Kestrelmoor',
  'Quillifax',
];

describe('GDPR-2: erasure of a client', () => {
  let testApp: TestApp;
  let blobDir: string;
  let admin: ApiClient;
  let staff: ApiClient;
  let ids: Record<string, string>;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0]!
      .n;

  /** A client of the demo firm with a password, a mobile and a manager; signed in on `client`. */
  async function clientWithData(person: typeof PERSON, client: ApiClient): Promise<string> {
    const id = await personalAccount(admin, client, person, PASSWORD);
    await sql(`UPDATE account SET mobile = $2 WHERE id = $1`, [id, person.mobile]);
    await admin
      .put(`/api/admin/accounts/${id}/account-manager`)
      .send({ accountManagerId: ids.GEST0001 })
      .expect(200);
    return id;
  }

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: {
        BLOB_DIR: blobDir,
        THROTTLE_IP_FREE: '1000',
        GDPR_ERASURE_RECIPIENTS: 'dpo@cabinet-demo.test',
      },
    });
    admin = await testApp.client();
    await signInOk(admin, DEMO.admin);
    staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    const rows = await sql<{ access_code: string; id: string }>(
      `SELECT a.access_code, a.id FROM account a JOIN workspace w ON w.id = a.workspace_id
        WHERE w.slug = 'demo'`,
    );
    ids = Object.fromEntries(rows.map((row) => [row.access_code, row.id]));
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  it('erases every trace of the person: a full dump and the blob folder hold none of it; the tombstone stays', async () => {
    const client = await testApp.client();
    const id = await clientWithData(PERSON, client);
    // A second session, parcels both ways with documents, a secure message to their address
    // and the mails about them waiting in the outbox.
    await signInOk(await testApp.client(), {
      workspace: 'demo',
      identifier: PERSON.accessCode,
      password: PASSWORD,
    });
    const sent = await sendParcel(client, { subject: 'Pièces Kestrelmoor', note: NOTE }, [
      ['bilan-kestrelmoor.txt', SENT_DOCUMENT],
    ]);
    const received = await sendParcel(
      staff,
      { subject: 'Réponse Quillifax', note: 'Pour Quillifax', recipientIds: [id] },
      [['avis-quillifax.txt', RECEIVED_DOCUMENT]],
    );
    await staff
      .post('/api/secure-messages')
      .send({ subject: 'Dossier', body: 'Bonjour', recipients: [PERSON.email] })
      .expect(201);
    expect(await count('session', 'account_id = $1', [id])).toBe(2);
    expect(await count('outbox_message', 'recipient = $1', [PERSON.email])).toBeGreaterThan(0);
    expect(await filesUnder(blobDir)).toHaveLength(2);
    const accountsBefore = await count('account');
    const managerSessions = await count('session', 'account_id = $1', [ids.GEST0001]);

    const preview = await admin.get(`/api/admin/gdpr/client/${id}/erasure`).expect(200);
    const erased = await admin
      .post(`/api/admin/gdpr/client/${id}/erasure`)
      .send({ confirmation: (preview.body as ErasurePreview).confirmation })
      .expect(200);
    const result = erased.body as ErasureResult;
    expect(result.documents).toBe(2);

    // pg_dump where one is installed, and the row-by-row dump that needs none (embedded only).
    for (const withoutPgDump of [false, true]) {
      const { text, tool } = await dumpDatabase(testApp.database.url, { withoutPgDump });
      expect(text).toContain('erasure_tombstone');
      const found = IDENTIFYING.filter((value) => text.toLowerCase().includes(value.toLowerCase()));
      expect({ tool, found }).toEqual({ tool, found: [] });
    }
    expect(await filesUnder(blobDir)).toEqual([]);
    // Nobody else went with them: the manager of their parcels keeps account and sessions.
    expect(await count('account')).toBe(accountsBefore - 1);
    expect(await count('session', 'account_id = $1', [ids.GEST0001])).toBe(managerSessions);
    expect(await count('parcel', 'id = ANY($1::uuid[])', [[sent.id, received.id]])).toBe(0);

    const [tombstone] = await sql<{
      subject_kind: string;
      origin: string;
      erased_by: string;
      counts: Record<string, number>;
      email_hashes: string[];
      pending_blobs: string[];
    }>(`SELECT * FROM erasure_tombstone WHERE id = $1`, [result.tombstoneId]);
    expect(tombstone).toEqual(
      expect.objectContaining({
        subject_kind: 'client',
        origin: 'admin',
        erased_by: ids.ADMIN001,
        pending_blobs: [],
      }),
    );
    expect(tombstone!.email_hashes).toHaveLength(1);
    expect(tombstone!.counts).toEqual(expect.objectContaining({ account: 1, session: 2 }));
    // The art. 19 notice waits in the outbox, for the configured address only.
    expect(await count('outbox_message', `template = 'erasure-notice'`)).toBe(1);
    expect(
      await count('audit_event', `kind = 'gdpr.erased' AND target_ids ->> 'tombstoneId' = $1`, [
        result.tombstoneId,
      ]),
    ).toBe(1);
  });

  it('flags an import that would re-create the erased person, by e-mail or mobile, and imports the others', async () => {
    const report = await testApp.app.get(LegacyImport).run({
      workspace: 'demo',
      dryRun: false,
      csv: Buffer.from(
        [
          'access_code;last_name;email;mobile',
          `R-0001;Revenant;${PERSON.email.toUpperCase()};`,
          'R-0002;Revenante;;06 99 88 77 66',
          'R-0003;Nouveau;nouveau@exemple.test;',
        ].join('\n'),
      ),
    });
    expect(report.imported).toBe(1);
    expect(report.rejections).toEqual([
      { line: 2, field: 'email', reason: 'erased-before' },
      { line: 3, field: 'mobile', reason: 'erased-before' },
    ]);
    expect(formatLegacyImportReport(report, 'clients.csv')).toContain(
      'line 2, email: erased-before (a person with this value was erased at their request (GDPR)',
    );
    // Another workspace never matches: the hashes are bound to the firm.
    const elsewhere = await testApp.app.get(LegacyImport).run({
      workspace: 'autre',
      dryRun: true,
      csv: Buffer.from(
        ['access_code;last_name;email', `R-0001;Ailleurs;${PERSON.email}`].join('\n'),
      ),
    });
    expect(elsewhere.rejections).toEqual([]);
  });

  it("refuses an admin's new account with the erased person's e-mail or mobile, and creates nothing", async () => {
    const accountsBefore = await count('account');
    const outboxBefore = await count('outbox_message');
    const base = { role: 'client', lastName: 'Revenant', credential: 'invitation' };
    for (const [extra, fields] of [
      [{ email: PERSON.email.toUpperCase() }, { email: ['erased-before'] }],
      [{ mobile: '06 99 88 77 66' }, { mobile: ['erased-before'] }],
      [
        { email: PERSON.email, mobile: PERSON.mobile, role: 'staff' },
        { email: ['erased-before'], mobile: ['erased-before'] },
      ],
    ] as const) {
      const refused = await admin
        .post('/api/admin/accounts')
        .send({ ...base, accessCode: 'REV-0001', ...extra })
        .expect(409);
      expect(refused.body).toEqual(expect.objectContaining({ code: 'GDPR_ERASED_BEFORE', fields }));
      expect(JSON.stringify(refused.body)).not.toMatch(/orbandale|699887766/i);
    }
    expect(await count('account')).toBe(accountsBefore);
    expect(await count('outbox_message')).toBe(outboxBefore);
    expect(await count('account', `access_code = 'REV-0001'`)).toBe(0);

    // Someone else is invited as usual.
    await admin
      .post('/api/admin/accounts')
      .send({ ...base, accessCode: 'REV-0002', email: 'autre.personne@exemple.test' })
      .expect(201);
    expect(await count('account')).toBe(accountsBefore + 1);
  });

  it('previews counts per table, refuses a wrong confirmation and changes nothing', async () => {
    const person = {
      ...PERSON,
      accessCode: 'PREV0001',
      email: 'prev@exemple.test',
      mobile: '+33611112222',
    };
    const client = await testApp.client();
    const id = await clientWithData(person, client);
    await sendParcel(client, { subject: 'Pièces' }, [['a.txt', Buffer.from('contenu a\n')]]);

    const preview = (await admin.get(`/api/admin/gdpr/client/${id}/erasure`).expect(200))
      .body as ErasurePreview;
    expect(preview).toEqual({
      kind: 'client',
      id,
      label: 'Zéphyrine Orbandale',
      confirmation: 'PREV0001',
      counts: expect.objectContaining({
        account: 1,
        session: 1,
        parcel: 1,
        parcel_document: 1,
        parcel_recipient: 1,
        password_history: 1,
      }),
      documents: 1,
    });

    for (const confirmation of ['', 'PREV0002', 'Zéphyrine Orbandale']) {
      const refused = await admin
        .post(`/api/admin/gdpr/client/${id}/erasure`)
        .send({ confirmation })
        .expect(422);
      expect(refused.body.code).toBe('GDPR_WRONG_CONFIRMATION');
    }
    await admin.post(`/api/admin/gdpr/client/${id}/erasure`).send({}).expect(422);
    expect(await count('account', 'id = $1', [id])).toBe(1);
    expect(
      await count('erasure_tombstone', `erased_by = $1 AND counts ->> 'parcel' = '1'`, [
        ids.ADMIN001,
      ]),
    ).toBe(0);
    expect(await filesUnder(blobDir)).toHaveLength(1);
    // Still signed in: the refused erasure touched nothing.
    await client.get('/api/auth/session').expect(200);

    // Case and surrounding spaces do not matter; the client's session ends with the account.
    await admin
      .post(`/api/admin/gdpr/client/${id}/erasure`)
      .send({ confirmation: '  prev0001 ' })
      .expect(200);
    await client.get('/api/auth/session').expect(401);
    expect(await filesUnder(blobDir)).toEqual([]);
  });

  it('answers only the admins of the workspace: 403 to staff and clients, 404 in another workspace, 409 for staff accounts', async () => {
    const person = {
      ...PERSON,
      accessCode: 'REFU0001',
      email: 'refus@exemple.test',
      mobile: '+33633334444',
    };
    const client = await testApp.client();
    const id = await clientWithData(person, client);
    const paths = [`/api/admin/gdpr/client/${id}/erasure`, `/api/admin/gdpr/client/${id}/export`];
    for (const caller of [staff, client]) {
      for (const path of paths) expect((await caller.get(path)).status).toBe(403);
      await caller.post(paths[0]!).send({ confirmation: 'REFU0001' }).expect(403);
    }
    const other = await testApp.client();
    await signInOk(other, DEMO.otherAdmin);
    for (const path of paths) {
      const hidden = await other.get(path).expect(404);
      expect(hidden.body.code).toBe('GDPR_SUBJECT_NOT_FOUND');
    }
    await other.post(paths[0]!).send({ confirmation: 'REFU0001' }).expect(404);
    await admin
      .get(`/api/admin/gdpr/client/00000000-0000-4000-8000-000000000000/erasure`)
      .expect(404);
    await admin.get(`/api/admin/gdpr/someone/${id}/erasure`).expect(404);
    await admin.get(`/api/admin/gdpr/client/not-a-uuid/erasure`).expect(422);
    const staffAccount = await admin
      .get(`/api/admin/gdpr/client/${ids.GEST0001}/erasure`)
      .expect(409);
    expect(staffAccount.body.code).toBe('GDPR_NOT_ERASABLE');
    expect(await count('account', 'id = $1', [id])).toBe(1);
  });

  it('exports everything about the client as one zip: data by category, documents decrypted, no credential', async () => {
    const person = {
      ...PERSON,
      accessCode: 'EXPO0001',
      email: 'export@exemple.test',
      mobile: '+33655556666',
    };
    const client = await testApp.client();
    const id = await clientWithData(person, client);
    await sendParcel(client, { subject: 'Pièces export', note: NOTE }, [
      ['bilan.txt', SENT_DOCUMENT],
    ]);
    await sendParcel(staff, { subject: 'Réponse export', recipientIds: [id] }, [
      ['avis.txt', RECEIVED_DOCUMENT],
    ]);

    for (const [caller, path] of [
      [admin, `/api/admin/gdpr/client/${id}/export`],
      [client, '/api/profile/data-export'],
    ] as const) {
      const response = await caller.get(path).buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toBe('application/zip');
      const entries = zipEntries(response.body as Buffer);
      expect([...entries.keys()].sort()).toEqual([
        'documents/avis.txt',
        'documents/bilan.txt',
        'donnees.json',
      ]);
      expect(entries.get('documents/bilan.txt')).toEqual(SENT_DOCUMENT);
      expect(entries.get('documents/avis.txt')).toEqual(RECEIVED_DOCUMENT);
      const json = JSON.parse(entries.get('donnees.json')!.toString('utf8'));
      expect(json.data.identity.account).toEqual([
        expect.objectContaining({
          accessCode: 'EXPO0001',
          firstName: 'Zéphyrine',
          lastName: 'Orbandale',
        }),
      ]);
      expect(json.data.contact.account).toEqual([
        expect.objectContaining({ email: person.email, mobile: person.mobile }),
      ]);
      expect(JSON.stringify(json.data['free-text'])).toContain(NOTE);
      expect(json.data.credential).toBeUndefined();
      expect(JSON.stringify(json)).not.toMatch(/argon2|passwordHash/);
    }
    // Another client's export is not theirs to take.
    await client.get(`/api/admin/gdpr/client/${ids['70016968']}/export`).expect(403);
  });

  it('deletes at the next start the blobs of an erasure cut short after its commit', async () => {
    const person = {
      ...PERSON,
      accessCode: 'CRASH001',
      email: 'crash@exemple.test',
      mobile: '+33677778888',
    };
    const client = await testApp.client();
    const id = await clientWithData(person, client);
    const parcel = await sendParcel(client, { subject: 'Avant la panne' }, [
      ['a.txt', Buffer.from('contenu\n')],
    ]);
    const [document] = await sql<{ storage_key: string }>(
      `SELECT storage_key FROM parcel_document WHERE parcel_id = $1`,
      [parcel.id],
    );
    // What a commit followed by a crash leaves: rows gone, the blob listed on the tombstone.
    await sql(
      `INSERT INTO erasure_tombstone (workspace_id, subject_kind, origin, pending_blobs)
       SELECT workspace_id, 'client', 'admin', ARRAY[$2] FROM account WHERE id = $1`,
      [id, document!.storage_key],
    );
    await sql(`DELETE FROM parcel WHERE id = $1`, [parcel.id]);
    const blobs = await filesUnder(blobDir);
    expect(blobs).toContain(document!.storage_key);

    expect(await testApp.app.get(Erasure).finishInterrupted()).toBe(1);
    expect(await filesUnder(blobDir)).toEqual(blobs.filter((b) => b !== document!.storage_key));
    expect(await count('erasure_tombstone', 'cardinality(pending_blobs) > 0')).toBe(0);
    expect(await testApp.app.get(Erasure).finishInterrupted()).toBe(0);
  });
});
