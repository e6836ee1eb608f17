import type { ErasurePreview, ErasureResult } from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { dumpDatabase } from '../support/database-dump';
import { filesUnder, makeBlobDir, removeBlobDir, sendParcel } from '../support/parcels';
import { personalAccount } from '../support/password-accounts';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

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
});
