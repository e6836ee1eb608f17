// Sign-in throughput and latency under concurrency, next to the raw argon2id hash rate measured
// on the same machine in the same run (both cores busy). Each sign-in costs one argon2id
// verification plus the CAPTCHA check, the throttle, the session and the audit rows.
// Target (issue 4): sign-ins per second ≥ 80 % of raw hashes per second.
import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = join(new URL('.', import.meta.url).pathname, '../../server/dist/src');
const { hash } = require('@node-rs/argon2');
const { Client } = require('pg');
// altcha-lib is the server's dependency (the client's widget pins another version).
const serverRequire = createRequire(join(dist, '../../package.json'));
const { solveChallenge } = serverRequire('altcha-lib');
const { deriveKey } = serverRequire('altcha-lib/algorithms/pbkdf2');

const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

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

async function sql(url, text) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `task` `total` times, `lanes` at a time; gives the elapsed seconds and each latency. */
async function pool(total, lanes, task) {
  let next = 0;
  const latencies = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
  };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const server = await databaseServer();
const dbName = `guichet_bench_${Date.now()}`;
await sql(server.url, `CREATE DATABASE ${dbName}`);
const databaseUrl = Object.assign(new URL(server.url), { pathname: `/${dbName}` }).href;
Object.assign(process.env, {
  NODE_ENV: 'test',
  OUTBOX_WORKER: 'false',
  CAPTCHA_COMPLEXITY: '20',
  THROTTLE_IP_FREE: '10000',
});
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require(join(dist, 'app.module.js'));
const { configureApp } = require(join(dist, 'core/http/configure-app.js'));
const { DemoDataService } = require(join(dist, 'modules/demo-data/demo-data.service.js'));
const app = await NestFactory.create(AppModule.forDatabase(databaseUrl), {
  logger: false,
  abortOnError: false,
});
configureApp(app, '/nonexistent');
await app.listen(0, '127.0.0.1');
await app.get(DemoDataService).seedIfEmpty();
const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;

try {
  // Baseline: raw argon2id hashes with the same parameters, as many at once as the sign-ins.
  const raw = await pool(Math.max(60, Math.round(SIGN_INS / 3)), CONCURRENCY, (i) =>
    hash(`password-${i}`, ARGON2ID),
  );
  const rawRate = raw.latencies.length / raw.seconds;

  // Each sign-in needs a solved CAPTCHA and an XSRF cookie; both are prepared before timing.
  const xsrf = (await fetch(`${base}/api/health/live`)).headers
    .get('set-cookie')
    .match(/XSRF-TOKEN=([^;]+)/)[1];
  const captchas = [];
  for (let i = 0; i < SIGN_INS; i++) {
    const challenge = await (await fetch(`${base}/api/captcha/challenge`)).json();
    const solution = await solveChallenge({ challenge, deriveKey });
    captchas.push(Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'));
  }
  const accounts = [
    ['ADMIN001', 'Demo-Admin-2026!'],
    ['GEST0001', 'Demo-Gestion-2026!'],
  ];
  let failures = 0;
  const signIns = await pool(SIGN_INS, CONCURRENCY, async (i) => {
    const [identifier, password] = accounts[i % accounts.length];
    const response = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `XSRF-TOKEN=${xsrf}`,
        'X-XSRF-TOKEN': xsrf,
      },
      body: JSON.stringify({ workspace: 'demo', identifier, password, captcha: captchas[i] }),
    });
    await response.arrayBuffer();
    if (response.status !== 200) failures++;
  });
  if (failures > 0) throw new Error(`${failures} sign-ins failed`);
  const signInRate = SIGN_INS / signIns.seconds;
  const ratio = signInRate / rawRate;

  console.log(
    `sign-in benchmark: ${SIGN_INS} sign-ins, ${CONCURRENCY} at a time, ${availableParallelism()} cores`,
  );
  console.table({
    'raw argon2id hashes/s (baseline)': rawRate.toFixed(1),
    'sign-ins/s': signInRate.toFixed(1),
    'sign-ins ÷ raw hashes': ratio.toFixed(2),
    'sign-in latency p50 (ms)': percentile(signIns.latencies, 50).toFixed(0),
    'sign-in latency p95 (ms)': percentile(signIns.latencies, 95).toFixed(0),
    'raw hash latency p50 (ms)': percentile(raw.latencies, 50).toFixed(0),
    'target ≥ 0.80': ratio >= 0.8 ? 'met' : 'NOT met',
  });
  console.log(
    JSON.stringify({
      bench: 'sign-in',
      ratio: Number(ratio.toFixed(3)),
      signInsPerSecond: Number(signInRate.toFixed(1)),
      rawHashesPerSecond: Number(rawRate.toFixed(1)),
      p50Ms: Math.round(percentile(signIns.latencies, 50)),
      p95Ms: Math.round(percentile(signIns.latencies, 95)),
      concurrency: CONCURRENCY,
      signIns: SIGN_INS,
    }),
  );
} finally {
  await app.close();
  await sql(server.url, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await server.close();
}
