import type { ParcelDetail } from '@guichet/contracts';
import { Client } from 'pg';
import { ParcelPurge } from '../../server/src/modules/parcels/purge/parcel-purge.service';
import { describePurge } from '../../server/src/modules/parcels/purge/purge-plan';
import { PurgeRepository } from '../../server/src/modules/parcels/purge/purge.repository';
import type { ApiClient } from '../support/api-client';
import {
  createDraft,
  filesUnder,
  makeBlobDir,
  PDF,
  removeBlobDir,
  sendParcel,
  uploadOk,
} from '../support/parcels';
import { DEMO, signInOk } from '../support/sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { queryDatabase } from '../support/test-database';

const TENG = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };

describe('secure parcels: the purge', () => {
  let testApp: TestApp;
  let blobDir: string;
  let teng: ApiClient;
  let purge: ParcelPurge;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(testApp.database.url, text, params);
  const count = async (table: string) =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const expire = (id: string) =>
    sql(`UPDATE parcel SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
  const tombstones = async (parcelId: string) =>
    (
      await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event
          WHERE kind = 'parcel.purged' AND target_ids ->> 'parcelId' = $1 AND actor_account_id IS NULL`,
        [parcelId],
      )
    )[0]!.n;
  const twoDocuments = (subject: string) =>
    sendParcel(teng, { subject }, [
      ['a.pdf', PDF],
      ['b.txt', Buffer.from('texte\n')],
    ]);

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '1000', PURGE_BATCH_SIZE: '2' },
    });
    teng = await testApp.client();
    await signInOk(teng, TENG);
    purge = testApp.app.get(ParcelPurge);
  });

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  beforeEach(async () => {
    await purge.run();
  });

  it('destroys keys, blobs and rows of expired, withdrawn and abandoned parcels; a second run does nothing', async () => {
    const expired = await twoDocuments('Expiré');
    const withdrawn = await twoDocuments('Retiré');
    const kept = await twoDocuments('Gardé');
    const abandoned = await createDraft(teng, { subject: 'Abandonné' });
    await uploadOk(teng, abandoned.id, 'c.pdf', PDF);
    await expire(expired.id);
    await teng.post(`/api/parcels/${withdrawn.id}/withdraw`).expect(204);
    await sql(`UPDATE parcel SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      abandoned.id,
    ]);
    expect(await filesUnder(blobDir)).toHaveLength(7);

    const dry = await purge.run({ dryRun: true });
    expect(dry).toEqual(
      expect.objectContaining({
        dryRun: true,
        parcels: { expired: 1, withdrawn: 1, 'stale-draft': 1 },
        documents: 5,
      }),
    );
    expect(await filesUnder(blobDir)).toHaveLength(7);

    const report = await purge.run();
    expect(report).toEqual(
      expect.objectContaining({
        ran: true,
        parcels: { expired: 1, withdrawn: 1, 'stale-draft': 1 },
        documents: 5,
        keysShredded: 5,
        blobsDeleted: 5,
        batches: 2,
      }),
    );
    const left = await filesUnder(blobDir);
    expect(left).toHaveLength(2);
    expect(left.every((f) => kept.documents.some((d) => f.endsWith(d.id)))).toBe(true);
    const parcels = await sql<{ id: string }>('SELECT id FROM parcel');
    expect(parcels.map((p) => p.id)).toEqual([kept.id]);
    expect(await count('parcel_document')).toBe(2);
    expect(await count('parcel_recipient')).toBe(1);
    for (const gone of [expired, withdrawn, abandoned]) expect(await tombstones(gone.id)).toBe(1);
    // No personal data in the tombstone: ids only.
    const [tombstone] = await sql<{ target_ids: object }>(
      `SELECT target_ids FROM audit_event WHERE kind = 'parcel.purged' LIMIT 1`,
    );
    expect(Object.keys(tombstone!.target_ids)).toEqual(['parcelId']);

    const again = await purge.run();
    expect(again).toEqual(
      expect.objectContaining({
        parcels: { expired: 0, withdrawn: 0, 'stale-draft': 0 },
        blobsDeleted: 0,
        batches: 0,
      }),
    );
    expect(await filesUnder(blobDir)).toEqual(left);
  });

  it('runs once when two purges start together', async () => {
    const doomed: ParcelDetail[] = [];
    for (let i = 0; i < 5; i++) doomed.push(await twoDocuments(`Lot ${i}`));
    for (const parcel of doomed) await expire(parcel.id);
    const second = await startTestApp({
      database: testApp.database,
      env: { BLOB_DIR: blobDir, PURGE_BATCH_SIZE: '2' },
    });
    try {
      const reports = await Promise.all([purge.run(), second.app.get(ParcelPurge).run()]);
      const destroyed = reports.map((r) => r.parcels.expired);
      expect(destroyed.reduce((a, b) => a + b, 0)).toBe(5);
      expect(reports.filter((r) => r.ran && r.parcels.expired === 5)).toHaveLength(1);
      for (const parcel of doomed) expect(await tombstones(parcel.id)).toBe(1);
      expect(await count('parcel')).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('does nothing while another instance holds the purge lock', async () => {
    const parcel = await twoDocuments('Verrou');
    await expire(parcel.id);
    const other = new Client({ connectionString: testApp.database.url });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtextextended('guichet:job:parcel-purge', 0))`);
      const skipped = await purge.run();
      expect(skipped).toEqual(expect.objectContaining({ ran: false, blobsDeleted: 0 }));
      expect(describePurge(skipped)).toBe('purge: another instance is purging; nothing done');
      expect(await tombstones(parcel.id)).toBe(0);
    } finally {
      await other.end();
    }
    expect((await purge.run()).parcels.expired).toBe(1);
  });

  it('finishes the work of a run that crashed between deleting blobs and rows', async () => {
    const parcel = await twoDocuments('Interrompu');
    await expire(parcel.id);
    const repository = testApp.app.get(PurgeRepository);
    const crash = jest
      .spyOn(repository, 'deleteParcels')
      .mockRejectedValueOnce(new Error('the process died here'));
    await expect(purge.run()).rejects.toThrow('the process died here');
    crash.mockRestore();
    // Keys and blobs are gone, rows are not: the parcel is unreadable and already invisible.
    expect(
      (await filesUnder(blobDir)).some((f) => parcel.documents.some((d) => f.endsWith(d.id))),
    ).toBe(false);
    const rows = await sql<{ wrapped_key: Buffer | null }>(
      'SELECT wrapped_key FROM parcel_document WHERE parcel_id = $1',
      [parcel.id],
    );
    expect(rows).toEqual([{ wrapped_key: null }, { wrapped_key: null }]);
    await teng.get(`/api/parcels/${parcel.id}`).expect(404);
    expect(await tombstones(parcel.id)).toBe(0);

    const repair = await purge.run();
    expect(repair.parcels.expired).toBe(1);
    expect(await sql('SELECT id FROM parcel WHERE id = $1', [parcel.id])).toEqual([]);
    expect(await tombstones(parcel.id)).toBe(1);
  });

  it('finishes a document removed from a draft when the blob outlived its key', async () => {
    const draft = await createDraft(teng, { subject: 'Brouillon' });
    const document = await uploadOk(teng, draft.id, 'a.pdf', PDF);
    // As if the process had died right after shredding the key.
    await sql('UPDATE parcel_document SET wrapped_key = NULL, key_id = NULL WHERE id = $1', [
      document.id,
    ]);
    expect((await filesUnder(blobDir)).some((f) => f.endsWith(document.id))).toBe(true);
    const report = await purge.run();
    expect(report.blobsDeleted).toBe(1);
    expect((await filesUnder(blobDir)).some((f) => f.endsWith(document.id))).toBe(false);
    expect(await sql('SELECT id FROM parcel_document WHERE id = $1', [document.id])).toEqual([]);
    await teng.delete(`/api/parcels/${draft.id}`).expect(404);
  });

  it('lets staff and clients alike see nothing of a purged parcel', async () => {
    const staff = await testApp.client();
    await signInOk(staff, DEMO.staff);
    const parcel = await twoDocuments('Purgé');
    await expire(parcel.id);
    await purge.run();
    await staff.get(`/api/parcels/${parcel.id}`).expect(404);
    await staff.get(`/api/parcels/${parcel.id}/zip`).expect(404);
  });
});
