// The purge (PARCEL-7): destroying N expired parcels, each with a recipient and a document whose
// blob is a file on disk — shred keys, delete blobs, delete rows with a tombstone, in batches
// under the advisory lock — against the baseline of one plain SQL DELETE of the same rows in the
// same run (no blobs, no tombstones). Then the same purge at 10 × N, to show how it scales.
// Targets (issue 7): 100,000 parcels in ≤ 60 s; roughly linear at 10 ×.
// BENCH_PURGE_COUNT (default 100000) and BENCH_PURGE_SCALE (default 10) shorten a quick run.
import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = join(new URL('.', import.meta.url).pathname, '../../server/dist/src');
const { Client } = require('pg');

const COUNT = Number(process.env.BENCH_PURGE_COUNT ?? 100_000);
const SCALE = Number(process.env.BENCH_PURGE_SCALE ?? 10);

async function databaseServer() {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, close: async () => undefined };
  const { startEmbeddedDatabase } = require(join(dist, 'core/database/embedded-database.js'));
  const dir = mkdtempSync(join(tmpdir(), 'guichet-bench-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase({ dir: join(dir, 'pg'), port: 0 });
  return {
    url: db.url,
    close: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })),
  };
}

async function sql(url, text, params = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

const server = await databaseServer();
const dbName = `guichet_bench_${Date.now()}`;
await sql(server.url, `CREATE DATABASE ${dbName}`);
const databaseUrl = Object.assign(new URL(server.url), { pathname: `/${dbName}` }).href;
const blobDir = mkdtempSync(join(tmpdir(), 'guichet-purge-'));
Object.assign(process.env, {
  NODE_ENV: 'test',
  OUTBOX_WORKER: 'false',
  PARCEL_JOBS: 'false',
  BLOB_DIR: blobDir,
});
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require(join(dist, 'app.module.js'));
const { ParcelPurge } = require(join(dist, 'modules/parcels/purge/parcel-purge.service.js'));
const app = await NestFactory.createApplicationContext(AppModule.forDatabase(databaseUrl), {
  logger: false,
  abortOnError: false,
});

/** `n` expired parcels, each with one recipient and one 128-byte blob on disk; gives seconds. */
async function seed(n, workspaceId, senderId, clientId) {
  const started = performance.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const keys = [];
  try {
    for (let done = 0; done < n; done += 50_000) {
      const size = Math.min(50_000, n - done);
      await client.query(
        `INSERT INTO parcel (workspace_id, sender_id, subject, state, created_at, sent_at, expires_at)
         SELECT $1, $2, 'Bench ' || g, 'sent', now() - interval '40 days', now() - interval '40 days',
                now() - interval '1 hour'
           FROM generate_series(1, $3) g`,
        [workspaceId, senderId, size],
      );
    }
    await client.query(
      `INSERT INTO parcel_recipient (parcel_id, account_id, notified_at)
       SELECT id, $1, now() FROM parcel WHERE NOT EXISTS (SELECT 1 FROM parcel_recipient r WHERE r.parcel_id = parcel.id)`,
      [clientId],
    );
    const rows = await client.query(
      `INSERT INTO parcel_document (id, parcel_id, name, size, content_type, sha256, storage_key, key_id, wrapped_key, state)
       SELECT d, p.id, 'releve.pdf', 128, 'application/pdf', repeat('0', 64), $1 || '/' || d, 'k1',
              '\\x00'::bytea, 'stored'
         FROM (SELECT id, gen_random_uuid() AS d FROM parcel p
                WHERE NOT EXISTS (SELECT 1 FROM parcel_document x WHERE x.parcel_id = p.id)) p
       RETURNING storage_key`,
      [workspaceId],
    );
    for (const row of rows.rows) keys.push(row.storage_key);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  await mkdir(join(blobDir, workspaceId), { recursive: true });
  const blob = Buffer.alloc(128, 7);
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < keys.length) await writeFile(join(blobDir, keys[next++]), blob);
    }),
  );
  return (performance.now() - started) / 1000;
}

const blobCount = async (workspaceId) =>
  (await readdir(join(blobDir, workspaceId)).catch(() => [])).length;

try {
  const [workspace] = await sql(
    databaseUrl,
    `INSERT INTO workspace (slug, name) VALUES ('bench', 'Cabinet Bench') RETURNING id`,
  );
  const [sender, client] = await sql(
    databaseUrl,
    `INSERT INTO account (workspace_id, access_code, role, last_name)
     VALUES ($1, 'S1', 'staff', 'Gestion'), ($1, 'C1', 'client', 'Client') RETURNING id`,
    [workspace.id],
  );
  const purge = app.get(ParcelPurge);
  const count = async (table) =>
    (await sql(databaseUrl, `SELECT count(*)::int AS n FROM ${table}`))[0].n;

  // Baseline: the same rows, one plain DELETE (cascading), no blob, no tombstone.
  const baselineSeed = await seed(COUNT, workspace.id, sender.id, client.id);
  let started = performance.now();
  await sql(databaseUrl, `DELETE FROM parcel WHERE expires_at <= now()`);
  const baselineSeconds = (performance.now() - started) / 1000;
  rmSync(join(blobDir, workspace.id), { recursive: true, force: true });

  const runs = [];
  for (const n of [COUNT, COUNT * SCALE]) {
    const seedSeconds = await seed(n, workspace.id, sender.id, client.id);
    if ((await blobCount(workspace.id)) !== n) throw new Error('seeding failed');
    started = performance.now();
    const report = await purge.run();
    const seconds = (performance.now() - started) / 1000;
    if (
      report.parcels.expired !== n ||
      (await count('parcel')) !== 0 ||
      (await blobCount(workspace.id)) !== 0
    ) {
      throw new Error(`purge left work: ${JSON.stringify(report)}`);
    }
    const again = await purge.run();
    if (again.parcels.expired !== 0) throw new Error('a second run found work');
    runs.push({ n, seconds, seedSeconds, batches: report.batches });
  }
  const [small, large] = runs;
  const tombstones = await count(`audit_event WHERE kind = 'parcel.purged'`);
  const rate = (run) => run.n / run.seconds;
  const ratio = rate(small) / (COUNT / baselineSeconds);
  console.log(`purge benchmark: expired parcels with one recipient and one blob file each`);
  console.table({
    [`baseline: plain SQL DELETE of ${COUNT} parcels (s)`]: baselineSeconds.toFixed(2),
    [`purge of ${small.n} parcels: keys, blobs, rows, tombstones (s)`]: small.seconds.toFixed(2),
    'purge ÷ baseline (parcels/s)': ratio.toFixed(3),
    [`purge of ${large.n} parcels (s)`]: large.seconds.toFixed(2),
    [`time ×${SCALE} for ×${SCALE} parcels`]: (large.seconds / small.seconds).toFixed(2),
    [`parcels/s at N and ${SCALE} N`]: `${rate(small).toFixed(0)} / ${rate(large).toFixed(0)}`,
    'tombstones written': tombstones,
    [`seeding (not timed) N / ${SCALE} N (s)`]: `${baselineSeed.toFixed(1)} · ${small.seedSeconds.toFixed(1)} / ${large.seedSeconds.toFixed(1)}`,
  });
  console.log(
    JSON.stringify({
      bench: 'purge',
      ratio: Number(ratio.toFixed(4)),
      parcels: COUNT,
      seconds: Number(small.seconds.toFixed(2)),
      baselineSqlSeconds: Number(baselineSeconds.toFixed(2)),
      scaledParcels: large.n,
      scaledSeconds: Number(large.seconds.toFixed(2)),
      scaling: Number((large.seconds / small.seconds / SCALE).toFixed(3)),
    }),
  );
} finally {
  await app.close();
  rmSync(blobDir, { recursive: true, force: true });
  await sql(server.url, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await server.close();
}
