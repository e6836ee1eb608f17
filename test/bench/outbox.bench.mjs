// Outbox throughput: messages/s from the outbox to a local SMTP sink, against the baseline of
// nodemailer sending the same mails straight to the same sink with the same pool of connections.
// Also samples PostgreSQL while the sink is slow, to show that no connection is held while a
// worker waits on SMTP. Needs the built server (the runner builds it when missing).
import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = join(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../../server/dist/src',
);
const { SMTPServer } = require('smtp-server');
const nodemailer = require('nodemailer');
const { Client } = require('pg');

const COUNT = Number(process.env.BENCH_OUTBOX_COUNT ?? 500);
const CONCURRENCY = 4;

function startSink(delayMs = 0) {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        setTimeout(callback, delayMs);
      });
    },
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `smtp://127.0.0.1:${server.server.address().port}`,
        received: () => received,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

async function adminUrl() {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, close: async () => undefined };
  const { startEmbeddedDatabase } = require(join(dist, 'core/database/embedded-database.js'));
  const dir = mkdtempSync(join(tmpdir(), 'guichet-bench-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase({ dir: join(dir, 'pg'), port: 0 });
  return {
    url: db.url,
    close: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
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

async function startApp(databaseUrl, env) {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    OUTBOX_WORKER: 'false',
    OUTBOX_CONCURRENCY: String(CONCURRENCY),
    SMTP_MAX_CONNECTIONS: String(CONCURRENCY),
    OUTBOX_BATCH_SIZE: '50',
    ...env,
  });
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require(join(dist, 'app.module.js'));
  const app = await NestFactory.create(AppModule.forDatabase(databaseUrl), {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  return app;
}

function mailRequest(i) {
  return {
    template: 'password-set-link',
    workspaceName: 'Cabinet Bench',
    to: {
      email: `client${i}@bench.test`,
      language: 'fr',
      civility: 'mr',
      firstName: 'Client',
      lastName: `N${i}`,
    },
    variables: {
      link: `https://portal.example/set-password?token=${i}`,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  };
}

async function baseline(sinkUrl, mails) {
  // host/port rather than a url: nodemailer ignores the other options when given a url.
  const { hostname, port } = new URL(sinkUrl);
  const transport = nodemailer.createTransport({
    host: hostname,
    port: Number(port),
    pool: true,
    maxConnections: CONCURRENCY,
  });
  const queue = [...mails];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let mail = queue.shift(); mail; mail = queue.shift()) await transport.sendMail(mail);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return mails.length / seconds;
}

const server = await adminUrl();
const dbName = `guichet_bench_${Date.now()}`;
await sql(server.url, `CREATE DATABASE ${dbName}`);
const databaseUrl = Object.assign(new URL(server.url), { pathname: `/${dbName}` }).href;
const sink = await startSink();
try {
  const app = await startApp(databaseUrl, { SMTP_URL: sink.url });
  const { MailRenderer } = require(join(dist, 'modules/mail/mail-renderer.js'));
  const { Outbox } = require(join(dist, 'modules/outbox/outbox.js'));
  const { OutboxWorker } = require(join(dist, 'modules/outbox/outbox-worker.js'));
  const renderer = app.get(MailRenderer);
  const outbox = app.get(Outbox);
  const worker = app.get(OutboxWorker);

  // Baseline: the same rendered mails, straight to the sink.
  const direct = Array.from({ length: COUNT }, (_, i) => {
    const request = mailRequest(i);
    return { from: 'bench@guichet.test', to: request.to.email, ...renderer.render(request) };
  });
  const baselineRate = await baseline(sink.url, direct);

  let started = performance.now();
  for (let i = 0; i < COUNT; i++) await outbox.enqueueMail(mailRequest(i), { workspaceId: null });
  const enqueueRate = COUNT / ((performance.now() - started) / 1000);

  const before = sink.received();
  started = performance.now();
  const round = await worker.drain();
  const deliverRate = COUNT / ((performance.now() - started) / 1000);
  if (round.sent !== COUNT || sink.received() - before !== COUNT)
    throw new Error(`sent ${round.sent} of ${COUNT}`);
  await app.close();

  // A slow SMTP server (200 ms per mail): how many connections are busy while workers wait?
  const slowSink = await startSink(200);
  const slowApp = await startApp(databaseUrl, { SMTP_URL: slowSink.url });
  const slowOutbox = slowApp.get(Outbox);
  for (let i = 0; i < 40; i++) await slowOutbox.enqueueMail(mailRequest(i), { workspaceId: null });
  let busyMax = 0;
  let samples = 0;
  const draining = slowApp.get(OutboxWorker).drain();
  let done = false;
  draining.finally(() => (done = true));
  while (!done) {
    const [row] = await sql(
      server.url,
      `SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = '${dbName}' AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid()`,
    );
    busyMax = Math.max(busyMax, row.busy);
    samples++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await draining;
  await slowApp.close();
  await slowSink.close();

  const ratio = deliverRate / baselineRate;
  console.log(`outbox benchmark: ${COUNT} mails, concurrency ${CONCURRENCY}, local SMTP sink`);
  console.table({
    'baseline: nodemailer direct (mails/s)': baselineRate.toFixed(0),
    'outbox enqueue, one transaction each (mails/s)': enqueueRate.toFixed(0),
    'outbox delivery: claim + send + settle (mails/s)': deliverRate.toFixed(0),
    'delivery ÷ baseline': ratio.toFixed(2),
    'busy DB connections while SMTP waits (max of samples)': `${busyMax} of ${samples} samples`,
  });
  console.log(
    JSON.stringify({
      bench: 'outbox',
      ratio: Number(ratio.toFixed(3)),
      mails: COUNT,
      concurrency: CONCURRENCY,
      baselinePerSecond: Math.round(baselineRate),
      deliveredPerSecond: Math.round(deliverRate),
      enqueuedPerSecond: Math.round(enqueueRate),
      busyConnectionsWhileSmtpWaits: busyMax,
    }),
  );
} finally {
  await sink.close();
  await sql(server.url, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await server.close();
}
