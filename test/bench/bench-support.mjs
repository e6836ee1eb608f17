// What the newer benchmarks share: a PostgreSQL server, the built server as a process, a signed-in
// client, percentiles and a memory trend. (Not a benchmark itself: the runner takes *.bench.mjs.)
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const root = join(new URL('.', import.meta.url).pathname, '../..');
export const dist = join(root, 'server/dist/src');
const serverRequire = createRequire(join(dist, '../../package.json'));
const { solveChallenge } = serverRequire('altcha-lib');
const { deriveKey } = serverRequire('altcha-lib/algorithms/pbkdf2');
const { Client } = require('pg');

export const MIB = 1024 * 1024;

/** The server DATABASE_URL names, or an embedded one in a temporary directory. */
export async function databaseServer() {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, close: async () => undefined };
  }
  const { startEmbeddedDatabase } = require(join(dist, 'core/database/embedded-database.js'));
  const dir = mkdtempSync(join(tmpdir(), 'guichet-bench-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase({ dir: join(dir, 'pg'), port: 0 });
  return {
    url: db.url,
    close: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })),
  };
}

/** A fresh database on `server` for one benchmark; `drop` removes it. */
export async function benchDatabase(server) {
  const name = `guichet_bench_${Date.now()}_${process.pid}`;
  await sql(server.url, `CREATE DATABASE ${name}`);
  return {
    url: Object.assign(new URL(server.url), { pathname: `/${name}` }).href,
    drop: () => sql(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => []),
  };
}

export async function sql(url, text, params = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Runs `node server/dist/src/main.js` with `env` (development mode, demo data) on a free port.
 * With `traceGc`, V8 reports each collection (`--trace-gc`), a full one is forced every 10 s
 * (full-gc.cjs), and `liveHeap` lists the heap the main isolate keeps after each full collection:
 * what the process really holds, free of the sawtooth of ordinary collections.
 */
export async function startServer(env, { traceGc = false } = {}) {
  const port = await freePort();
  const started = performance.now();
  /** Samples by isolate address: the main isolate's and, briefly, worker threads'. */
  const heaps = new Map();
  const child = spawn(
    process.execPath,
    [
      ...(traceGc ? ['--trace-gc', '--expose-gc', '-r', join(root, 'test/bench/full-gc.cjs')] : []),
      join(dist, 'main.js'),
    ],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', traceGc ? 'pipe' : 'ignore', 'inherit'],
    },
  );
  if (traceGc) {
    // e.g. "[123:0x…]   5321 ms: Mark-Compact 151.2 (170.5) -> 98.7 (160.1) MB, …". Worker
    // threads (the upload sealing threads) have heaps of their own, reported with their isolate's
    // address, and come and go (they stop when idle): the main isolate is the one reporting
    // throughout, forced every 10 s.
    let pending = '';
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const full = /^\[\d+:(0x[0-9a-f]+)\].*Mark-Compact[^>]*-> ([\d.]+) \(/.exec(line);
        if (!full) continue;
        const samples = heaps.get(full[1]) ?? [];
        samples.push([Date.now() / 1000, Number(full[2])]);
        heaps.set(full[1], samples);
      }
    });
  }
  const base = `http://127.0.0.1:${port}`;
  await waitForReadiness(child, base);
  return {
    base,
    pid: child.pid,
    get liveHeap() {
      return [...heaps.values()].reduce(
        (most, next) => (next.length > most.length ? next : most),
        [],
      );
    },
    readySeconds: (performance.now() - started) / 1000,
    stop: () => stopProcess(child),
  };
}

export async function waitForReadiness(child, base, path = '/api/health/ready') {
  for (let i = 0; i < 3000; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const up = await fetch(`${base}${path}`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${base} did not become ready`);
}

export const stopProcess = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** Resident memory of a process, in MiB (Linux). */
export function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/** A browser's cookie jar with Angular's XSRF echo; signs in with a solved CAPTCHA. */
export class Session {
  cookies = new Map();

  async call(base, path, { body, raw } = {}) {
    const headers = { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
    if (body !== undefined && !(body instanceof FormData))
      headers['Content-Type'] = 'application/json';
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
    if (raw) return response;
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async signIn(base, account) {
    this.cookies.clear();
    await this.call(base, '/api/health/live', { raw: true }).then((r) => r.arrayBuffer());
    const challenge = (await this.call(base, '/api/captcha/challenge')).body;
    const solution = await solveChallenge({ challenge, deriveKey });
    const captcha = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
    return this.call(base, '/api/auth/sign-in', { body: { ...account, captcha } });
  }
}

export const DEMO_STAFF = {
  workspace: 'demo',
  identifier: 'GEST0001',
  password: 'Demo-Gestion-2026!',
};
export const DEMO_CLIENT = { workspace: 'demo', identifier: '72018689', password: 'ancien72' };

export const percentile = (sorted, p) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Least-squares slope of `[seconds, value]` points, per second. */
export function slope(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/** Prints the benchmark's last line, the one `npm run bench` reads (see run.mjs). */
export function report(result) {
  console.log(JSON.stringify(result));
}
