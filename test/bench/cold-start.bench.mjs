// Cold start (OPS-2): time from `node server/dist/src/main.js` to a 200 on /api/health/ready —
// the first start on an empty database (migrations, demo data) and then BENCH_COLD_STARTS (5)
// restarts on it, as a deployment or a crash restart does — against the baseline of a bare
// `node -e` HTTP server (no Nest, no database) started and answering in the same run.
// Target (issue 11): a restart is ready in under 5 s. Ratio = restart median ÷ bare median.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  benchDatabase,
  databaseServer,
  freePort,
  percentile,
  report,
  startServer,
  stopProcess,
  waitForReadiness,
} from './bench-support.mjs';

const STARTS = Number(process.env.BENCH_COLD_STARTS ?? 5);
const TARGET_S = 5;

async function bareStart() {
  const port = await freePort();
  const started = performance.now();
  const code = `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await waitForReadiness(child, `http://127.0.0.1:${port}`, '/');
  const seconds = (performance.now() - started) / 1000;
  await stopProcess(child);
  return seconds;
}

const median = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

const database = await databaseServer();
const db = await benchDatabase(database);
const blobDir = mkdtempSync(join(tmpdir(), 'guichet-cold-'));
const env = {
  DATABASE_URL: db.url,
  BLOB_DIR: blobDir,
  OUTBOX_WORKER: 'false',
  PARCEL_JOBS: 'false',
};
try {
  const first = await startServer(env);
  await first.stop();
  const restarts = [];
  const bare = [];
  for (let i = 0; i < STARTS; i++) {
    bare.push(await bareStart());
    const server = await startServer(env);
    restarts.push(server.readySeconds);
    await server.stop();
  }
  const ratio = median(restarts) / median(bare);
  const met = median(restarts) < TARGET_S;
  console.log(`cold-start benchmark: ${STARTS} restarts, ${availableParallelism()} cores`);
  console.table({
    'first start: migrations + demo data (s)': first.readySeconds.toFixed(2),
    'restart to readiness, median (s)': median(restarts).toFixed(2),
    'restart, slowest (s)': Math.max(...restarts).toFixed(2),
    'baseline: bare node -e HTTP server, median (s)': median(bare).toFixed(3),
    'restart ÷ baseline': ratio.toFixed(1),
    [`target restart < ${TARGET_S} s`]: met ? 'met' : 'NOT met',
  });
  report({
    bench: 'cold-start',
    ratio: Number(ratio.toFixed(1)),
    firstStartSeconds: Number(first.readySeconds.toFixed(2)),
    restartSeconds: Number(median(restarts).toFixed(2)),
    slowestRestartSeconds: Number(Math.max(...restarts).toFixed(2)),
    bareSeconds: Number(median(bare).toFixed(3)),
    rows: [
      {
        name: 'cold start: restart to readiness (median)',
        figure: `${median(restarts).toFixed(2)} s (first start with migrations ${first.readySeconds.toFixed(1)} s)`,
        baseline: `bare node -e HTTP server ${median(bare).toFixed(3)} s`,
        ratio: Number(ratio.toFixed(1)),
        target: `< ${TARGET_S} s`,
        met,
      },
    ],
  });
} finally {
  rmSync(blobDir, { recursive: true, force: true });
  await db.drop();
  await database.close();
}
