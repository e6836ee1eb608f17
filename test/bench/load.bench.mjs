// Load (issue 11): BENCH_LOAD_USERS (200) simulated users for BENCH_LOAD_SECONDS (600) against the
// built server on loopback, each mixing what people do: sign in (argon2id, CAPTCHA), list their
// parcels, open one, download its document; every BENCH_LOAD_SIGN_IN_EVERY (25) rounds a user
// signs in again. Reports p50/p95/p99 per action, errors (target: none), and the server's resident
// memory: the V8 heap left by each full collection after the warm-up (every user signed in once;
// the server is made to collect fully every 10 s, see full-gc.cjs),
// whose trend must stay under 16 MiB of growth, and the resident memory sampled each second for
// information. Baseline: the same users against a bare Node HTTP server answering a
// small JSON, for a few seconds in the same run; ratio = app p95 ÷ bare p95 (no target).
// The test instance's per-address throttle is raised (THROTTLE_IP_FREE=10000): every user comes
// from 127.0.0.1, and the load must measure the app, not the guard against password guessing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEMO_CLIENT,
  DEMO_STAFF,
  Session,
  benchDatabase,
  databaseServer,
  freePort,
  percentile,
  report,
  rssMiB,
  slope,
  startServer,
  stopProcess,
  waitForReadiness,
} from './bench-support.mjs';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 600);
const USERS = Number(process.env.BENCH_LOAD_USERS ?? 200);
const SIGN_IN_EVERY = Number(process.env.BENCH_LOAD_SIGN_IN_EVERY ?? 25);
const PARCELS = 12;
const GROWTH_LIMIT_MIB = 16;

/** Every answer of one kind: latencies (ms) and errors. */
class Tally {
  latencies = [];
  errors = 0;
  record(ms, ok) {
    this.latencies.push(ms);
    if (!ok) this.errors++;
  }
}

/** The users' loop: sign in, then list, open, download, until the deadline. */
async function drive(base, deadline, tallies, errorSamples, onSignedIn) {
  const timed = async (name, action) => {
    const started = performance.now();
    let ok = false;
    let result;
    try {
      result = await action();
      ok = result.status < 400;
      if (!ok && errorSamples.length < 5) errorSamples.push(`${name}: ${result.status}`);
    } catch (error) {
      if (errorSamples.length < 5) errorSamples.push(`${name}: ${error.message}`);
    }
    tallies[name].record(performance.now() - started, ok);
    return ok ? result : undefined;
  };
  await Promise.all(
    Array.from({ length: USERS }, async (_, user) => {
      const session = new Session();
      const account = user % 2 === 0 ? DEMO_CLIENT : DEMO_STAFF;
      const list = account === DEMO_CLIENT ? '/api/parcels/received' : '/api/parcels/sent';
      for (let round = 0; Date.now() < deadline; round++) {
        if (round % SIGN_IN_EVERY === 0) {
          if (!(await timed('sign-in', () => session.signIn(base, account)))) continue;
          if (round === 0) onSignedIn();
        }
        const page = await timed('list', () => session.call(base, list));
        const items = page?.body.items ?? [];
        if (items.length === 0) continue;
        const { id } = items[(user + round) % items.length];
        const parcel = await timed('open', () => session.call(base, `/api/parcels/${id}`));
        const document = parcel?.body.documents[0];
        if (!document) continue;
        await timed('download', async () => {
          const response = await session.call(
            base,
            `/api/parcels/${id}/documents/${document.id}/content`,
            { raw: true },
          );
          await response.arrayBuffer();
          return response;
        });
      }
    }),
  );
}

/** The staff member sends parcels of one 256 KiB document each to the demo client. */
async function seedParcels(base) {
  const staff = new Session();
  if ((await staff.signIn(base, DEMO_STAFF)).status !== 200) throw new Error('staff sign-in');
  const [client] = (await staff.call(base, '/api/parcels/recipients?search=Teng')).body;
  const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(256 * 1024 - 9, 32)]);
  for (let i = 0; i < PARCELS; i++) {
    const draft = await staff.call(base, '/api/parcels', {
      body: { subject: `Relevé ${i + 1}`, recipientIds: [client.id] },
    });
    const form = new FormData();
    form.append('file', new Blob([content]), `releve-${i + 1}.pdf`);
    const upload = await staff.call(base, `/api/parcels/${draft.body.id}/documents`, {
      body: form,
    });
    const sent = await staff.call(base, `/api/parcels/${draft.body.id}/send`, { body: {} });
    if (draft.status !== 201 || upload.status !== 201 || sent.status !== 200) {
      throw new Error(`seeding failed: ${draft.status} ${upload.status} ${sent.status}`);
    }
  }
}

/** The baseline: the same users, one GET each in a loop, against a bare Node HTTP server. */
async function bareBaseline(seconds) {
  const port = await freePort();
  const code = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}'); }).listen(${port}, '127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  await waitForReadiness(child, base, '/');
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        await (await fetch(`${base}/`)).arrayBuffer();
        latencies.push(performance.now() - started);
      }
    }),
  );
  await stopProcess(child);
  return latencies.sort((a, b) => a - b);
}

const database = await databaseServer();
const db = await benchDatabase(database);
const blobDir = mkdtempSync(join(tmpdir(), 'guichet-load-'));
let server;
try {
  server = await startServer(
    {
      DATABASE_URL: db.url,
      BLOB_DIR: blobDir,
      CAPTCHA_COMPLEXITY: '20',
      THROTTLE_IP_FREE: '10000',
      OUTBOX_WORKER: 'false',
      PARCEL_JOBS: 'false',
    },
    { traceGc: true },
  );
  await seedParcels(server.base);
  const baseline = await bareBaseline(Math.min(10, Math.max(3, SECONDS / 10)));

  const tallies = Object.fromEntries(
    ['sign-in', 'list', 'open', 'download'].map((name) => [name, new Tally()]),
  );
  const errorSamples = [];
  const memory = [];
  const started = Date.now();
  // Warm-up ends when every user has signed in once: until then argon2id's 19 MiB per hash and
  // the first sessions fill the heap and the allocator's arenas, which is growth but no leak.
  let signedIn = 0;
  let warmAt;
  const onSignedIn = () => {
    if (++signedIn === USERS) warmAt = (Date.now() - started) / 1000;
  };
  const sampler = setInterval(() => {
    memory.push([(Date.now() - started) / 1000, rssMiB(server.pid)]);
  }, 1000);
  await drive(server.base, started + SECONDS * 1000, tallies, errorSamples, onSignedIn);
  clearInterval(sampler);
  if (process.env.BENCH_LOAD_TRACE) {
    console.error(JSON.stringify(memory.map(([a, r]) => [Math.round(a), Math.round(r)])));
    console.error(
      JSON.stringify(server.liveHeap.map(([a, r]) => [Math.round(a - started / 1000), r])),
    );
  }
  const elapsed = (Date.now() - started) / 1000;

  const all = Object.values(tallies)
    .flatMap((t) => t.latencies)
    .sort((a, b) => a - b);
  const errors = Object.values(tallies).reduce((sum, t) => sum + t.errors, 0);
  // The trend leaves out the warm-up, and judges the V8 heap left after each full collection
  // (--trace-gc): resident memory saws up and down by a hundred MiB with collections and the
  // allocator's arenas, while a leak lifts what every full collection leaves behind.
  const from = warmAt ?? elapsed;
  const rssValues = memory.map(([, rss]) => rss);
  const rssSlope = slope(memory.filter(([at]) => at >= from)) * 60;
  const live = server.liveHeap
    .map(([at, mib]) => [at - started / 1000, mib])
    .filter(([at]) => at >= from && at <= elapsed + 1);
  const growthMiB = live.length >= 3 ? slope(live) * (live.at(-1)[0] - live[0][0]) : NaN;
  // Too few full collections after the warm-up measure nothing: that is not "stable" either.
  const memoryStable = growthMiB < GROWTH_LIMIT_MIB;
  const p95 = percentile(all, 95);
  const ratio = p95 / percentile(baseline, 95);

  const rows = {};
  for (const [name, tally] of Object.entries(tallies)) {
    const sorted = tally.latencies.sort((a, b) => a - b);
    rows[name] = {
      requests: sorted.length,
      errors: tally.errors,
      'p50 ms': percentile(sorted, 50).toFixed(0),
      'p95 ms': percentile(sorted, 95).toFixed(0),
      'p99 ms': percentile(sorted, 99).toFixed(0),
    };
  }
  rows['all'] = {
    requests: all.length,
    errors,
    'p50 ms': percentile(all, 50).toFixed(0),
    'p95 ms': p95.toFixed(0),
    'p99 ms': percentile(all, 99).toFixed(0),
  };
  rows['bare HTTP (baseline)'] = {
    requests: baseline.length,
    errors: 0,
    'p50 ms': percentile(baseline, 50).toFixed(1),
    'p95 ms': percentile(baseline, 95).toFixed(1),
    'p99 ms': percentile(baseline, 99).toFixed(1),
  };
  console.log(
    `load benchmark: ${USERS} users for ${elapsed.toFixed(0)} s on loopback, ${availableParallelism()} cores, ` +
      `${(all.length / elapsed).toFixed(0)} requests/s`,
  );
  console.table(rows);
  console.log(
    `V8 heap after each full collection since the warm-up (${from.toFixed(0)} s), MiB: ` +
      `${live.map(([, mib]) => mib.toFixed(0)).join(', ') || 'none'}; growth ` +
      `${growthMiB >= 0 ? '+' : ''}${growthMiB.toFixed(1)} MiB (target < ${GROWTH_LIMIT_MIB}): ` +
      `${memoryStable ? 'stable' : 'GROWING or not measured'}`,
  );
  console.log(
    `server RSS (MiB): first ${rssValues[0]?.toFixed(0)}, min ${Math.min(...rssValues).toFixed(0)}, ` +
      `max ${Math.max(...rssValues).toFixed(0)}, last ${rssValues.at(-1)?.toFixed(0)}, ` +
      `slope since the warm-up ${rssSlope.toFixed(1)} MiB/min (information: garbage collection saws it)`,
  );
  if (errorSamples.length > 0) console.log(`first errors: ${errorSamples.join('; ')}`);
  report({
    bench: 'load',
    ratio: Number(ratio.toFixed(2)),
    users: USERS,
    seconds: Math.round(elapsed),
    requests: all.length,
    requestsPerSecond: Math.round(all.length / elapsed),
    errors,
    p50Ms: Math.round(percentile(all, 50)),
    p95Ms: Math.round(p95),
    p99Ms: Math.round(percentile(all, 99)),
    signInP95Ms: Math.round(percentile(tallies['sign-in'].latencies, 95)),
    baselineP95Ms: Number(percentile(baseline, 95).toFixed(1)),
    rssFirstMiB: Math.round(rssValues[0] ?? 0),
    rssLastMiB: Math.round(rssValues.at(-1) ?? 0),
    warmUpSeconds: Math.round(from),
    heapGrowthMiB: Number(growthMiB.toFixed(1)),
    fullCollections: live.length,
    rssSlopeMiBPerMinute: Number(rssSlope.toFixed(1)),
    memoryStable,
    rows: [
      {
        name: `load: ${USERS} users × ${Math.round(elapsed)} s, p95 of all requests`,
        figure: `${Math.round(p95)} ms (p50 ${Math.round(percentile(all, 50))}, p99 ${Math.round(percentile(all, 99))})`,
        baseline: `bare HTTP p95 ${percentile(baseline, 95).toFixed(1)} ms`,
        ratio: Number(ratio.toFixed(2)),
        target: 'report only',
        met: null,
      },
      {
        name: 'load: errors',
        figure: `${errors} of ${all.length}`,
        baseline: '—',
        ratio: null,
        target: '0',
        met: errors === 0,
      },
      {
        name: 'load: V8 heap after full collections, growth',
        figure: `${growthMiB >= 0 ? '+' : ''}${growthMiB.toFixed(1)} MiB over ${live.length} collections (RSS ${Math.round(rssValues[0] ?? 0)} → ${Math.round(rssValues.at(-1) ?? 0)} MiB)`,
        baseline: '—',
        ratio: null,
        target: `< ${GROWTH_LIMIT_MIB} MiB`,
        met: memoryStable,
      },
    ],
  });
} finally {
  await server?.stop();
  rmSync(blobDir, { recursive: true, force: true });
  await db.drop();
  await database.close();
}
