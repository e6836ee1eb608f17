// Document transfer through the app (PARCEL-5): upload and download throughput of a 1 GiB
// document — multipart parsing, SHA-256, type sniffing, AES-256-GCM records, disk — against the
// baseline of the same bytes streamed to and from disk over loopback by a plain Node server with
// no encryption, both servers in their own process on the same machine in the same run, in turn,
// each transfer starting from a settled page cache (best of 3 rounds each). Then the server's peak
// memory during a 2 GiB upload, read from /proc/<pid>/status.
// Targets (issue 7): ≥ 60 % of the baseline both ways; memory grows by < 64 MiB.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(new URL('.', import.meta.url).pathname, '../..');
const dist = join(root, 'server/dist/src');
const serverRequire = createRequire(join(dist, '../../package.json'));
const { solveChallenge } = serverRequire('altcha-lib');
const { deriveKey } = serverRequire('altcha-lib/algorithms/pbkdf2');
const { Client } = require('pg');

const MIB = 1024 * 1024;
const TRANSFER_MIB = Number(process.env.BENCH_TRANSFER_MIB ?? 1024);
const MEMORY_MIB = Number(process.env.BENCH_MEMORY_MIB ?? 2048);
/** Rounds of each transfer, alternating baseline and app; the best of each side is kept. */
const ROUNDS = Number(process.env.BENCH_TRANSFER_ROUNDS ?? 3);
const BLOCK = Buffer.alloc(MIB);
for (let i = 0; i < BLOCK.length; i += 4) BLOCK.writeUInt32LE((i * 2654435761) >>> 0, i);

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

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a process and resolves once `url` answers. */
async function startProcess(args, env, url) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * Writes the page cache's dirty pages out before a timed transfer: without it, the kernel flushes
 * the previous GiB to disk during the next measurement (its threads take CPU from the same two
 * cores), and whichever side happens to run then looks up to 40 % slower (measured).
 */
const settle = () => spawnSync('sync');

const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** Resident and peak memory of a process, in bytes. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)[1]) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

/** POSTs `mib` MiB as a multipart upload (or raw, for the baseline); gives seconds and the answer. */
function upload(url, mib, headers, multipart) {
  const boundary = 'guichet-bench-boundary';
  const head = multipart
    ? Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      )
    : Buffer.alloc(0);
  const tail = multipart ? Buffer.from(`\r\n--${boundary}--\r\n`) : Buffer.alloc(0);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, {
      method: 'POST',
      headers: {
        ...headers,
        'Content-Type': multipart
          ? `multipart/form-data; boundary=${boundary}`
          : 'application/octet-stream',
        'Content-Length': String(head.length + mib * MIB + tail.length),
      },
    });
    req.on('response', (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          seconds: (performance.now() - started) / 1000,
          status: response.statusCode,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.write(head);
    let sent = 0;
    const pump = () => {
      while (sent < mib) {
        sent++;
        if (!req.write(BLOCK)) return req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

/** GETs `url` and counts the bytes; gives seconds and bytes. */
function download(url, headers) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    request(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({
          seconds: (performance.now() - started) / 1000,
          bytes,
          status: response.statusCode,
        }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** A plain server: POST streams the body to a file, GET streams it back. No app, no encryption. */
const BASELINE_SERVER = `
const { createServer } = require('node:http');
const { createReadStream, createWriteStream, statSync } = require('node:fs');
const file = process.env.BASELINE_FILE;
createServer((req, res) => {
  if (req.url === '/health') return res.end('ok');
  if (req.method === 'POST') {
    const out = createWriteStream(file);
    req.pipe(out);
    out.on('finish', () => res.end('stored'));
    return;
  }
  res.setHeader('Content-Length', statSync(file).size);
  createReadStream(file).pipe(res);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

const work = mkdtempSync(join(tmpdir(), 'guichet-transfer-'));
const server = await databaseServer();
const dbName = `guichet_bench_${Date.now()}`;
await sql(server.url, `CREATE DATABASE ${dbName}`);
const databaseUrl = Object.assign(new URL(server.url), { pathname: `/${dbName}` }).href;
const appPort = await freePort();
const basePort = await freePort();
const base = `http://127.0.0.1:${appPort}`;
let app;
let baseline;
try {
  app = await startProcess(
    [join(dist, 'main.js')],
    {
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: String(appPort),
      HOST: '127.0.0.1',
      BLOB_DIR: join(work, 'blobs'),
      CAPTCHA_COMPLEXITY: '20',
      PARCEL_JOBS: 'false',
      OUTBOX_WORKER: 'false',
      CLIENT_DIST_DIR: join(work, 'no-client'),
    },
    `${base}/api/health/ready`,
  );
  baseline = await startProcess(
    ['-e', BASELINE_SERVER],
    { PORT: String(basePort), BASELINE_FILE: join(work, 'baseline.bin') },
    `http://127.0.0.1:${basePort}/health`,
  );

  // Sign in as the demo firm's admin (limits) and account manager (the sender).
  const session = async (identifier, password) => {
    const xsrf = (await fetch(`${base}/api/health/live`)).headers
      .get('set-cookie')
      .match(/XSRF-TOKEN=([^;]+)/)[1];
    const challenge = await (await fetch(`${base}/api/captcha/challenge`)).json();
    const solution = await solveChallenge({ challenge, deriveKey });
    const captcha = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
    const response = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `XSRF-TOKEN=${xsrf}`,
        'X-XSRF-TOKEN': xsrf,
      },
      body: JSON.stringify({ workspace: 'demo', identifier, password, captcha }),
    });
    if (response.status !== 200) throw new Error(`sign-in ${response.status}`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .concat(`XSRF-TOKEN=${xsrf}`)
      .join('; ');
    return { Cookie: cookie, 'X-XSRF-TOKEN': xsrf };
  };
  const call = async (headers, method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const admin = await session('ADMIN001', 'Demo-Admin-2026!');
  await call(admin, 'PUT', '/api/admin/parcel-settings', {
    maxFileBytes: 4 * 1024 * MIB,
    maxParcelBytes: 8 * 1024 * MIB,
    defaultExpiryDays: 30,
    maxExpiryDays: 90,
    allowedTypes: [],
    deniedTypes: [],
  });
  const staff = await session('GEST0001', 'Demo-Gestion-2026!');
  const [client] = await call(staff, 'GET', '/api/parcels/recipients?search=teng');
  const draft = await call(staff, 'POST', '/api/parcels', {
    subject: 'Bench',
    recipientIds: [client.id],
  });

  // Baseline and app in turn, each from a settled page cache: the best of each side is kept.
  const baseUp = [];
  const baseDown = [];
  const appUp = [];
  const appDown = [];
  let documentId;
  for (let round = 0; round < ROUNDS; round++) {
    settle();
    baseUp.push(await upload(`http://127.0.0.1:${basePort}/upload`, TRANSFER_MIB, {}, false));
    settle();
    baseDown.push(await download(`http://127.0.0.1:${basePort}/file`, {}));
    settle();
    const up = await upload(`${base}/api/parcels/${draft.id}/documents`, TRANSFER_MIB, staff, true);
    if (up.status !== 201) throw new Error(`upload answered ${up.status}: ${up.body}`);
    appUp.push(up);
    documentId = JSON.parse(up.body).id;
    settle();
    const down = await download(
      `${base}/api/parcels/${draft.id}/documents/${documentId}/content`,
      staff,
    );
    if (down.bytes !== TRANSFER_MIB * MIB) throw new Error(`downloaded ${down.bytes} bytes`);
    appDown.push(down);
    await fetch(`${base}/api/parcels/${draft.id}/documents/${documentId}`, {
      method: 'DELETE',
      headers: staff,
    });
  }
  const rate = (runs) => TRANSFER_MIB / Math.min(...runs.map((r) => r.seconds));

  // Memory: the server at rest, then polled every 20 ms while 2 GiB stream in.
  settle();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = memoryOf(app.pid);
  let peak = before.rss;
  const poll = setInterval(() => {
    peak = Math.max(peak, memoryOf(app.pid).rss);
  }, 20);
  const big = await upload(`${base}/api/parcels/${draft.id}/documents`, MEMORY_MIB, staff, true);
  clearInterval(poll);
  if (big.status !== 201) throw new Error(`2 GiB upload answered ${big.status}: ${big.body}`);
  const after = memoryOf(app.pid);
  peak = Math.max(peak, after.rss);
  const growthMib = (peak - before.rss) / MIB;

  const upRatio = rate(appUp) / rate(baseUp);
  const downRatio = rate(appDown) / rate(baseDown);
  console.log(
    `transfer benchmark: ${TRANSFER_MIB} MiB document, best of ${ROUNDS} runs each, loopback, ${work}`,
  );
  console.table({
    'baseline upload: plain stream to disk (MiB/s)': rate(baseUp).toFixed(0),
    'app upload: multipart + SHA-256 + AES-GCM + disk (MiB/s)': rate(appUp).toFixed(0),
    'upload ÷ baseline': upRatio.toFixed(2),
    'baseline download: plain stream from disk (MiB/s)': rate(baseDown).toFixed(0),
    'app download: disk + AES-GCM (MiB/s)': rate(appDown).toFixed(0),
    'download ÷ baseline': downRatio.toFixed(2),
    [`server RSS before the ${MEMORY_MIB} MiB upload (MiB)`]: (before.rss / MIB).toFixed(0),
    [`server RSS peak during it (MiB)`]: (peak / MIB).toFixed(0),
    'RSS growth (MiB, target < 64)': growthMib.toFixed(1),
    [`${MEMORY_MIB} MiB upload (MiB/s)`]: (MEMORY_MIB / big.seconds).toFixed(0),
  });
  console.log(
    JSON.stringify({
      bench: 'transfer',
      ratio: Number(Math.min(upRatio, downRatio).toFixed(3)),
      uploadRatio: Number(upRatio.toFixed(3)),
      downloadRatio: Number(downRatio.toFixed(3)),
      uploadMiBps: Math.round(rate(appUp)),
      downloadMiBps: Math.round(rate(appDown)),
      baselineUploadMiBps: Math.round(rate(baseUp)),
      baselineDownloadMiBps: Math.round(rate(baseDown)),
      documentMiB: TRANSFER_MIB,
      memoryUploadMiB: MEMORY_MIB,
      rssGrowthMiB: Number(growthMib.toFixed(1)),
    }),
  );
} finally {
  if (app) await stop(app);
  if (baseline) await stop(baseline);
  rmSync(work, { recursive: true, force: true });
  await sql(server.url, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await server.close();
}
