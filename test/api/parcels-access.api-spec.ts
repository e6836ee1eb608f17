import type { ParcelDetail, ParcelPage } from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { makeBlobDir, PDF, removeBlobDir, sendParcel, uploadOk } from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const TENG = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };
const BATAILLON = { workspace: 'demo', identifier: '70016968', password: 'ancien70' };

describe('secure parcels: who may read them', () => {
  let testApp: TestApp;
  let blobDir: string;
  let teng: ApiClient;
  let staff: ApiClient;
  let parcel: ParcelDetail;

  const as = async (credentials: typeof TENG): Promise<ApiClient> => {
    const client = await testApp.client();
    await signInOk(client, credentials);
    return client;
  };
  const paths = () => [
    `/api/parcels/${parcel.id}`,
    `/api/parcels/${parcel.id}/documents/${parcel.documents[0]!.id}/content`,
    `/api/parcels/${parcel.id}/documents/${parcel.documents[0]!.id}/content?disposition=inline`,
    `/api/parcels/${parcel.id}/zip`,
  ];

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000' },
    });
    teng = await as(TENG);
    staff = await as(DEMO.staff);
    parcel = await sendParcel(teng, { subject: 'Confidentiel' }, [['secret.pdf', PDF]]);
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  it('answers its sender and its recipient', async () => {
    for (const client of [teng, staff]) {
      for (const path of paths()) await client.get(path).expect(200);
    }
  });

  it('answers 404 to another client, another firm, the firm’s admin and an anonymous caller alike', async () => {
    const callers: [string, ApiClient][] = [
      ['another client', await as(BATAILLON)],
      ['another firm', await as(DEMO.otherAdmin)],
      ['an admin who is not a recipient', await as(DEMO.admin)],
      ['anonymous', await testApp.client()],
    ];
    for (const [who, client] of callers) {
      for (const path of paths()) {
        const response = await client.get(path);
        expect({ who, path, status: response.status, code: response.body.code }).toEqual({
          who,
          path,
          status: 404,
          code: 'PARCEL_NOT_FOUND',
        });
      }
      expect(((await client.get('/api/parcels/received')).body as ParcelPage).items ?? []).toEqual(
        [],
      );
    }
    // Nor can anyone else change it.
    const other = await as(BATAILLON);
    await other.post(`/api/parcels/${parcel.id}/withdraw`).expect(404);
    await other
      .patch(`/api/parcels/${parcel.id}`)
      .send({ expiresAt: new Date().toISOString() })
      .expect(404);
    await other
      .post(`/api/parcels/${parcel.id}/documents`)
      .attach('file', PDF, 'x.pdf')
      .expect(404);
  });

  it('answers 404 for an unknown document of a readable parcel', async () => {
    await staff
      .get(`/api/parcels/${parcel.id}/documents/00000000-0000-4000-8000-000000000000/content`)
      .expect(404);
  });

  it('answers 404 once the parcel has expired, before any purge, and drops it from the lists', async () => {
    const doomed = await sendParcel(teng, { subject: 'Périmé' }, [['old.pdf', PDF]]);
    const documentPath = `/api/parcels/${doomed.id}/documents/${doomed.documents[0]!.id}/content`;
    await staff.get(documentPath).expect(200);
    await queryDatabase(
      testApp.database.url,
      `UPDATE parcel SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [doomed.id],
    );
    for (const client of [teng, staff]) {
      for (const path of [
        `/api/parcels/${doomed.id}`,
        documentPath,
        `/api/parcels/${doomed.id}/zip`,
      ]) {
        await client.get(path).expect(404);
      }
    }
    const received = (await staff.get('/api/parcels/received').expect(200)).body as ParcelPage;
    const sent = (await teng.get('/api/parcels/sent').expect(200)).body as ParcelPage;
    expect(received.items.map((i) => i.id)).toEqual([parcel.id]);
    expect(sent.items.map((i) => i.id)).toEqual([parcel.id]);
    const [row] = await queryDatabase(testApp.database.url, 'SELECT id FROM parcel WHERE id = $1', [
      doomed.id,
    ]);
    expect(row).toBeDefined();
  });

  it('refuses every change without the XSRF header', async () => {
    const cookie = [...teng.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const refused = await testApp.http
      .post('/api/parcels')
      .set('Cookie', cookie)
      .send({ subject: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH_CSRF_REJECTED');
    const draft = (await teng.post('/api/parcels').send({ subject: 'brouillon' }).expect(201))
      .body as ParcelDetail;
    await testApp.http
      .post(`/api/parcels/${draft.id}/documents`)
      .set('Cookie', cookie)
      .attach('file', PDF, 'a.pdf')
      .expect(403);
    await testApp.http.post(`/api/parcels/${draft.id}/send`).set('Cookie', cookie).expect(403);
    await testApp.http.post(`/api/parcels/${draft.id}/withdraw`).set('Cookie', cookie).expect(403);
    const document = await uploadOk(teng, draft.id, 'a.pdf', PDF);
    await testApp.http
      .delete(`/api/parcels/${draft.id}/documents/${document.id}`)
      .set('Cookie', cookie)
      .expect(403);
    await teng.delete(`/api/parcels/${draft.id}/documents/${document.id}`).expect(204);
  });

  it('pages the lists, newest first, 25 at a time', async () => {
    const many = await as(BATAILLON);
    await queryDatabase(
      testApp.database.url,
      `INSERT INTO parcel (workspace_id, sender_id, subject, state, sent_at, expires_at)
       SELECT a.workspace_id, a.id, 'Lot ' || n, 'sent', now() - n * interval '1 minute', now() + interval '1 day'
         FROM account a, generate_series(1, 30) n
        WHERE a.access_code = '70016968' AND a.workspace_id = (SELECT id FROM workspace WHERE slug = 'demo')`,
    );
    const first = (await many.get('/api/parcels/sent').expect(200)).body as ParcelPage;
    expect(first.items).toHaveLength(25);
    expect(first.items[0]!.subject).toBe('Lot 1');
    const second = (await many.get(`/api/parcels/sent?cursor=${first.nextCursor}`).expect(200))
      .body as ParcelPage;
    expect(second.items.map((i) => i.subject)).toEqual([
      'Lot 26',
      'Lot 27',
      'Lot 28',
      'Lot 29',
      'Lot 30',
    ]);
    expect(second.nextCursor).toBeNull();
    await many.get('/api/parcels/sent?cursor=garbage').expect(422);
  });
});
