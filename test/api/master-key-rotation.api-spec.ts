import { randomBytes } from 'node:crypto';
import type { CrmCompanyDetail, CrmDocument, ParcelDetail } from '@guichet/contracts';
import { MasterKeyRotation } from '../../server/src/modules/parcels/key-rotation/master-key-rotation.service';
import type { ApiClient } from '../support/api-client';
import { binary, makeBlobDir, PDF, removeBlobDir, sendParcel } from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/test-database';

const TENG = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };
const OLD = Buffer.alloc(32, 1).toString('base64');
const NEW = Buffer.alloc(32, 2).toString('base64');

/** OPS-5: documents stored under one master key still download intact after a rotation. */
describe('master-key rotation', () => {
  let database: TestDatabase;
  let blobDir: string;
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string>, demoData = false) => {
    const app = await startTestApp({
      database,
      demoData,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000', ...env },
    });
    apps.push(app);
    return app;
  };
  const as = async (app: TestApp, credentials = TENG): Promise<ApiClient> => {
    const client = await app.client();
    await signInOk(client, credentials);
    return client;
  };
  const keyIds = () =>
    queryDatabase<{ key_id: string; count: number }>(
      database.url,
      `SELECT key_id, count(*)::int AS count FROM parcel_document
        WHERE wrapped_key IS NOT NULL GROUP BY key_id ORDER BY key_id`,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    blobDir = await makeBlobDir();
  });

  afterAll(async () => {
    for (const app of apps) await app.app.close();
    await database.drop();
    await removeBlobDir(blobDir);
  });

  it('re-wraps every document key under the new key, in batches, once, and documents stay intact', async () => {
    const before = await start({ MASTER_KEY: OLD, MASTER_KEY_ID: 'k1' }, true);
    const files: [string, Buffer][] = [
      ['a.pdf', PDF],
      ['b.bin', randomBytes(300_000)],
      ['c.txt', Buffer.from('relevé\n'.repeat(1000))],
    ];
    const parcel: ParcelDetail = await sendParcel(await as(before), { subject: 'Avant' }, files);
    expect(await keyIds()).toEqual([{ key_id: 'k1', count: 3 }]);
    // A CRM document (GDPR-1) is encrypted the same way and rotates with the parcels'.
    const staff = await as(before, DEMO.staff);
    const company = (await staff.post('/api/crm/companies').send({ name: 'Rotation' }).expect(201))
      .body as CrmCompanyDetail;
    const crmFile = randomBytes(100_000);
    const crmDocument = (
      await staff
        .post(`/api/crm/companies/${company.id}/documents`)
        .attach('file', crmFile, { filename: 'crm.bin', contentType: 'application/octet-stream' })
        .expect(201)
    ).body as CrmDocument;
    const blobsBefore = await queryDatabase(
      database.url,
      'SELECT storage_key FROM parcel_document ORDER BY id',
    );

    const rotating = await start({
      MASTER_KEY: NEW,
      MASTER_KEY_ID: 'k2',
      MASTER_KEYS_RETIRED: `k1:${OLD}`,
    });
    const rotation = rotating.app.get(MasterKeyRotation);
    const first = await rotation.run(2);
    expect(first).toEqual(
      expect.objectContaining({ ran: true, rewrapped: 4, skipped: 0, remaining: { k2: 4 } }),
    );
    expect((await rotation.run(2)).rewrapped).toBe(0);
    expect(
      await queryDatabase(database.url, 'SELECT storage_key FROM parcel_document ORDER BY id'),
    ).toEqual(blobsBefore);

    // The old key is gone from the settings: every document still opens, byte for byte.
    const after = await start({ MASTER_KEY: NEW, MASTER_KEY_ID: 'k2' });
    const reader = await as(after);
    for (const [index, [, bytes]] of files.entries()) {
      const content = await reader
        .get(`/api/parcels/${parcel.id}/documents/${parcel.documents[index]!.id}/content`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(Buffer.compare(content.body as Buffer, bytes)).toBe(0);
    }
    const crmContent = await (
      await as(after, DEMO.staff)
    )
      .get(`/api/crm/companies/${company.id}/documents/${crmDocument.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(crmContent.body as Buffer, crmFile)).toBe(0);
  });
});
