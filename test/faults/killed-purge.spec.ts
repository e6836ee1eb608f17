import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { createProcessDatabase } from '../process/process-database';
import { runCommand } from './operator-command';

const PARCELS = 30_000;

/**
 * PARCEL-7 / OPS-3: the purge process is killed (SIGKILL) in the middle of a large purge. Each
 * parcel is then either untouched or gone with its tombstone, and the next run finishes the job:
 * no parcel, no blob, exactly one tombstone each.
 */
test.describe('purge killed midway', () => {
  test('the next run finishes, nothing is half done', async () => {
    test.setTimeout(300_000);
    const database = await createProcessDatabase();
    const blobDir = mkdtempSync(join(tmpdir(), 'guichet-faults-purge-'));
    const env = { DATABASE_URL: database.url, BLOB_DIR: blobDir, PURGE_BATCH_SIZE: '500' };
    const client = new Client({ connectionString: database.url });
    const count = async (sql: string, params: unknown[] = []) =>
      ((await client.query(sql, params)).rows[0] as { n: number }).n;
    try {
      // The first run migrates the empty database (and finds nothing to do).
      expect((await runCommand(['purge'], env)).code).toBe(0);
      await client.connect();
      const workspaceId = await seedExpiredParcels(client, blobDir, PARCELS);
      const blobs = async () => (await readdir(join(blobDir, workspaceId))).length;

      // Killed as soon as the first blobs are gone: inside a batch, between key, blob and row.
      const killed = await runCommand(['purge'], env, async () => (await blobs()) < PARCELS);
      expect(killed.signal).toBe('SIGKILL');
      const left = await count(`SELECT count(*)::int AS n FROM parcel`);
      const tombstones = `SELECT count(*)::int AS n FROM audit_event WHERE kind = 'parcel.purged'`;
      expect(left).toBeGreaterThan(0);
      // Whatever was deleted was deleted with its tombstone, in one transaction.
      expect(await count(tombstones)).toBe(PARCELS - left);
      // A document whose blob is gone had its key destroyed first: it can never be read again,
      // and the next run finds it by its missing key.
      const remaining = (
        await client.query(
          `SELECT storage_key, wrapped_key IS NULL AS shredded FROM parcel_document`,
        )
      ).rows as { storage_key: string; shredded: boolean }[];
      const files = new Set(await readdir(join(blobDir, workspaceId)));
      const unreadable = remaining.filter((d) => !files.has(d.storage_key.split('/')[1]!));
      expect(unreadable.every((d) => d.shredded)).toBe(true);

      const next = await runCommand(['purge'], env);
      expect(next.code).toBe(0);
      expect(next.output).toMatch(/^purge: /m);
      expect(await count(`SELECT count(*)::int AS n FROM parcel`)).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM parcel_document`)).toBe(0);
      expect(await count(tombstones)).toBe(PARCELS);
      expect(await blobs()).toBe(0);
      expect(await readdir(join(blobDir, '.tmp')).catch(() => [])).toEqual([]);
    } finally {
      await client.end().catch(() => undefined);
      rmSync(blobDir, { recursive: true, force: true });
      await database.drop();
    }
  });
});

/** `n` expired parcels of a new firm, each with one recipient and one blob file; gives the firm. */
async function seedExpiredParcels(client: Client, blobDir: string, n: number): Promise<string> {
  const [workspace] = (
    await client.query(
      `INSERT INTO workspace (slug, name) VALUES ('faults', 'Cabinet') RETURNING id`,
    )
  ).rows as { id: string }[];
  const [sender, recipient] = (
    await client.query(
      `INSERT INTO account (workspace_id, access_code, role, last_name)
       VALUES ($1, 'S1', 'staff', 'Gestion'), ($1, 'C1', 'client', 'Client') RETURNING id`,
      [workspace!.id],
    )
  ).rows as { id: string }[];
  await client.query(
    `INSERT INTO parcel (workspace_id, sender_id, subject, state, created_at, sent_at, expires_at)
     SELECT $1, $2, 'Pièces ' || g, 'sent', now() - interval '40 days', now() - interval '40 days',
            now() - interval '1 hour'
       FROM generate_series(1, $3) g`,
    [workspace!.id, sender!.id, n],
  );
  await client.query(
    `INSERT INTO parcel_recipient (parcel_id, account_id, notified_at) SELECT id, $1, now() FROM parcel`,
    [recipient!.id],
  );
  const keys = (
    await client.query(
      `INSERT INTO parcel_document (id, parcel_id, name, size, content_type, sha256, storage_key,
                                    key_id, wrapped_key, state)
       SELECT d, p.id, 'releve.pdf', 128, 'application/pdf', repeat('0', 64), $1 || '/' || d, 'k1',
              '\\x00'::bytea, 'stored'
         FROM (SELECT id, gen_random_uuid() AS d FROM parcel) p
       RETURNING storage_key`,
      [workspace!.id],
    )
  ).rows.map((row: { storage_key: string }) => row.storage_key);
  await mkdir(join(blobDir, workspace!.id), { recursive: true });
  const blob = Buffer.alloc(128, 7);
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < keys.length) await writeFile(join(blobDir, keys[next++]!), blob);
    }),
  );
  return workspace!.id;
}
