// Parcel lists at scale (PARCEL-3): p95 of the first page of "Dossiers sécurisés" (received) and
// "Bordereaux d'expédition" (sent), of a search and of a page deep in the list, with
// BENCH_LIST_PARCELS (100000) parcels from one staff member to one client, each with a document.
// Baselines measured in the same run: the same first page's SQL sent straight to PostgreSQL
// (what the app adds: session, guards, names, JSON), and a bare HTTP round trip to the same server
// (GET /api/health/live). Ratio = received page p95 ÷ raw SQL p95.
// Target (issue 11): the received page's p95 under 100 ms at 100,000 parcels.
// BENCH_LIST_EXPLAIN=1 prints the plan of the raw first page.
import { availableParallelism } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  DEMO_CLIENT,
  DEMO_STAFF,
  Session,
  benchDatabase,
  databaseServer,
  percentile,
  report,
  sql,
  startServer,
} from './bench-support.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const PARCELS = Number(process.env.BENCH_LIST_PARCELS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 300);
const TARGET_MS = 100;

/** The first page of a client's received list, as the repository writes it (25 + 1 rows). */
const RAW_RECEIVED_PAGE = `
  SELECT p.id, p.subject, p.state, p.sender_id, p.sent_at, p.expires_at,
         ARRAY(SELECT r.account_id FROM parcel_recipient r WHERE r.parcel_id = p.id
                ORDER BY r.account_id)::text[] AS recipient_ids,
         (SELECT count(*) FROM parcel_document d WHERE d.parcel_id = p.id AND d.state = 'stored')::int,
         (SELECT coalesce(sum(d.size), 0) FROM parcel_document d
           WHERE d.parcel_id = p.id AND d.state = 'stored')::text,
         coalesce((SELECT r.opened_at IS NULL FROM parcel_recipient r
                    WHERE r.parcel_id = p.id AND r.account_id = $2), false) AS unread
    FROM parcel p
   WHERE p.workspace_id = $1 AND p.expires_at > now() AND p.kind = 'parcel' AND p.state = 'sent'
     AND EXISTS (SELECT 1 FROM parcel_recipient me WHERE me.parcel_id = p.id AND me.account_id = $2)
   ORDER BY p.sent_at DESC, p.id DESC
   LIMIT 26`;

/** `n` sent parcels from the staff member to the client, one document row each; gives seconds. */
async function seed(url, n) {
  const started = performance.now();
  const [ids] = await sql(
    url,
    `SELECT w.id AS workspace, s.id AS staff, c.id AS client
       FROM workspace w JOIN account s ON s.workspace_id = w.id AND s.access_code = 'GEST0001'
       JOIN account c ON c.workspace_id = w.id AND c.access_code = '72018689'
      WHERE w.slug = 'demo'`,
  );
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (let done = 0; done < n; done += 50_000) {
      const size = Math.min(50_000, n - done);
      await client.query(
        `WITH made AS (
           INSERT INTO parcel (workspace_id, sender_id, subject, state, created_at, sent_at, expires_at)
           SELECT $1, $2, 'Relevé de charges ' || (g + $4), 'sent',
                  now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval,
                  now() + interval '30 days'
             FROM generate_series(1, $3) g
           RETURNING id),
         recipients AS (INSERT INTO parcel_recipient (parcel_id, account_id, notified_at)
                        SELECT id, $5, now() FROM made)
         INSERT INTO parcel_document (id, parcel_id, name, size, content_type, sha256, storage_key,
                                      key_id, wrapped_key, state)
         SELECT d, id, 'releve.pdf', 4096, 'application/pdf', repeat('0', 64), $1 || '/' || d, 'k1',
                '\\x00'::bytea, 'stored'
           FROM (SELECT id, gen_random_uuid() AS d FROM made) m`,
        [ids.workspace, ids.staff, size, done, ids.client],
      );
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  return { ...ids, seconds: (performance.now() - started) / 1000 };
}

/** `count` sequential calls; gives sorted latencies (ms) and fails on any error. */
async function measure(count, call) {
  for (let i = 0; i < 10; i++) await call(); // warm-up: JIT, plans, connections
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await call();
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

const database = await databaseServer();
const db = await benchDatabase(database);
const blobDir = mkdtempSync(join(tmpdir(), 'guichet-list-'));
let server;
try {
  server = await startServer({
    DATABASE_URL: db.url,
    BLOB_DIR: blobDir,
    CAPTCHA_COMPLEXITY: '20',
    OUTBOX_WORKER: 'false',
    PARCEL_JOBS: 'false',
  });
  const seeded = await seed(db.url, PARCELS);
  const client = new Session();
  const staff = new Session();
  if ((await client.signIn(server.base, DEMO_CLIENT)).status !== 200) throw new Error('sign-in');
  if ((await staff.signIn(server.base, DEMO_STAFF)).status !== 200) throw new Error('sign-in');
  const get = (session, path) => async () => {
    const answer = await session.call(server.base, path);
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
    return answer.body;
  };
  // A cursor 40 pages (1,000 parcels) deep.
  let cursor;
  for (let page = 0; page < 40; page++) {
    cursor = (await get(client, `/api/parcels/received${cursor ? `?cursor=${cursor}` : ''}`)())
      .nextCursor;
  }

  const received = await measure(REQUESTS, get(client, '/api/parcels/received'));
  const sent = await measure(REQUESTS, get(staff, '/api/parcels/sent'));
  const search = await measure(
    Math.ceil(REQUESTS / 3),
    get(client, '/api/parcels/received?search=charges%2042'),
  );
  const deep = await measure(REQUESTS, get(client, `/api/parcels/received?cursor=${cursor}`));
  const bare = await measure(REQUESTS, async () => {
    await (await fetch(`${server.base}/api/health/live`)).arrayBuffer();
  });
  const raw = new Client({ connectionString: db.url });
  await raw.connect();
  const rawSql = await measure(REQUESTS, () =>
    raw.query(RAW_RECEIVED_PAGE, [seeded.workspace, seeded.client]),
  );
  if (process.env.BENCH_LIST_EXPLAIN) {
    const plan = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${RAW_RECEIVED_PAGE}`, [
      seeded.workspace,
      seeded.client,
    ]);
    console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
  }
  await raw.end();

  const p95 = (sorted) => percentile(sorted, 95);
  const ratio = p95(received) / p95(rawSql);
  const met = p95(received) < TARGET_MS;
  const line = (sorted) => ({
    'p50 ms': percentile(sorted, 50).toFixed(1),
    'p95 ms': p95(sorted).toFixed(1),
    'p99 ms': percentile(sorted, 99).toFixed(1),
  });
  console.log(
    `list-parcels benchmark: ${PARCELS} parcels (seeded in ${seeded.seconds.toFixed(0)} s), ` +
      `${REQUESTS} sequential requests each, ${availableParallelism()} cores`,
  );
  console.table({
    'received, first page': line(received),
    'sent, first page (staff)': line(sent),
    'received, search "charges 42"': line(search),
    'received, page 41 (cursor)': line(deep),
    'baseline: the same first page in raw SQL': line(rawSql),
    'baseline: bare HTTP round trip (/api/health/live)': line(bare),
  });
  console.log(
    `received p95 ÷ raw SQL p95: ${ratio.toFixed(2)}; target p95 < ${TARGET_MS} ms: ${met ? 'met' : 'NOT met'}`,
  );
  report({
    bench: 'list-parcels',
    ratio: Number(ratio.toFixed(2)),
    parcels: PARCELS,
    receivedP95Ms: Number(p95(received).toFixed(1)),
    sentP95Ms: Number(p95(sent).toFixed(1)),
    searchP95Ms: Number(p95(search).toFixed(1)),
    deepPageP95Ms: Number(p95(deep).toFixed(1)),
    rawSqlP95Ms: Number(p95(rawSql).toFixed(1)),
    bareHttpP95Ms: Number(p95(bare).toFixed(1)),
    rows: [
      {
        name: `list parcels at ${PARCELS} rows: received page p95`,
        figure: `${p95(received).toFixed(1)} ms`,
        baseline: `raw SQL p95 ${p95(rawSql).toFixed(1)} ms (bare HTTP ${p95(bare).toFixed(1)} ms)`,
        ratio: Number(ratio.toFixed(2)),
        target: `< ${TARGET_MS} ms`,
        met,
      },
      {
        name: 'list parcels: sent page / search / page 41, p95',
        figure: `${p95(sent).toFixed(0)} / ${p95(search).toFixed(0)} / ${p95(deep).toFixed(0)} ms`,
        baseline: '—',
        ratio: null,
        target: `< ${TARGET_MS} ms each`,
        met: Math.max(p95(sent), p95(search), p95(deep)) < TARGET_MS,
      },
    ],
  });
} finally {
  await server?.stop();
  rmSync(blobDir, { recursive: true, force: true });
  await db.drop();
  await database.close();
}
