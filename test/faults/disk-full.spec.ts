import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { type ErrorBody, type ParcelDetail, ParcelErrorCode } from '@guichet/contracts';
import { Client } from 'pg';
import { BrowserSession, DEMO_CLIENT } from '../process/browser-session';
import { createProcessDatabase } from '../process/process-database';
import { filesUnder, PDF } from '../support/parcels';
import { FaultApp } from './fault-app';
import { parcelInconsistencies } from './parcel-consistency';
import { TinyDisk } from './tiny-disk';

/**
 * PARCEL-5 / OPS-3: the document store fills up during an upload. The client gets a clear code,
 * the draft keeps no half document and the disk no leftover, and uploads work again once there
 * is room.
 */
test.describe('disk full during an upload', () => {
  test('answers PARCEL_STORAGE_FULL and leaves no partial document or blob', async () => {
    test.setTimeout(180_000);
    const database = await createProcessDatabase();
    const disk = TinyDisk.create(8);
    let app: FaultApp | undefined;
    const sql = async <Row>(text: string, params: unknown[] = []) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as Row[];
      } finally {
        await client.end();
      }
    };
    try {
      app = await FaultApp.start({ DATABASE_URL: database.url, BLOB_DIR: disk.dir });
      disk.limit(app.server.pid);
      test.info().annotations.push({ type: 'disk', description: disk.how });
      const client = new BrowserSession();
      expect((await client.signIn(app.base, DEMO_CLIENT)).status).toBe(200);
      const draft = (await (
        await client.call(app.base, '/api/parcels', { subject: 'Bilan annuel' })
      ).json()) as ParcelDetail;

      // 12 MiB into 8: the write fails part way.
      const big = new FormData();
      big.append('file', new Blob([PDF, randomBytes(12 * 1024 * 1024)]), 'bilan.pdf');
      const full = await client.call(app.base, `/api/parcels/${draft.id}/documents`, big);
      expect(full.status).toBe(507);
      expect(((await full.json()) as ErrorBody).code).toBe(ParcelErrorCode.StorageFull);
      const rows = await sql(`SELECT id FROM parcel_document WHERE parcel_id = $1`, [draft.id]);
      expect(rows).toEqual([]);
      expect(await filesUnder(disk.dir)).toEqual([]);

      // The space is given back: a small document goes in and the parcel can be sent.
      const small = new FormData();
      small.append('file', new Blob([PDF]), 'releve.pdf');
      expect(
        (await client.call(app.base, `/api/parcels/${draft.id}/documents`, small)).status,
      ).toBe(201);
      expect((await client.call(app.base, `/api/parcels/${draft.id}/send`, {})).status).toBe(200);
      expect(await parcelInconsistencies(sql, disk.dir)).toEqual([]);
      expect(app.server.log).toContain('Document storage full');
    } finally {
      if (app) expect(await app.stop()).toBe(0);
      disk.remove();
      await database.drop();
    }
  });
});
