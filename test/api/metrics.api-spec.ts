import { createServer, type Server } from 'node:net';
import { HealthErrorCode } from '@guichet/contracts';
import { findFreePort } from '../../server/src/core/database/free-port';
import { ParcelPurge } from '../../server/src/modules/parcels/purge/parcel-purge.service';
import { Retention } from '../../server/src/modules/retention/retention.service';
import { DEMO, signIn, signInOk } from '../support/sign-in';
import { SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../support/test-app';

const TOKEN = 'metrics-token-0123456789abcdef';

/** A clamd stand-in that answers PING, or stays silent when told to. */
async function fakeClamd(): Promise<{ port: number; silent: boolean; close(): Promise<void> }> {
  const state = { silent: false };
  const server: Server = createServer((socket) => {
    socket.on('data', (chunk) => {
      if (chunk.toString().startsWith('zPING') && !state.silent) socket.end('PONG\0');
      else socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return Object.assign(state, {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

describe('metrics and readiness (OPS-3)', () => {
  let testApp: TestApp;
  let smtp: SmtpSink;
  let clamd: Awaited<ReturnType<typeof fakeClamd>>;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    clamd = await fakeClamd();
    testApp = await startTestApp({
      demoData: true,
      env: {
        METRICS_TOKEN: TOKEN,
        SMTP_URL: smtp.url,
        CLAMD_HOST: '127.0.0.1',
        CLAMD_PORT: String(clamd.port),
      },
    });
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
    await clamd.close();
  });

  const scrape = async () =>
    (await testApp.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;

  it('serves /metrics only with the bearer token', async () => {
    await testApp.http.get('/metrics').expect(401);
    await testApp.http.get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
    const response = await testApp.http
      .get('/metrics')
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('exposes the named metrics, HTTP latency by route template and sign-ins by outcome', async () => {
    await testApp.http.get('/api/health/live').expect(200);
    await testApp.http.get('/api/parcels/0b7c1f6e-3a2d-4c55-9e11-2f0a6b1d9c33').expect(404);
    await signInOk(await testApp.client(), DEMO.admin);
    await signIn(await testApp.client(), { ...DEMO.admin, password: 'Not-The-Password-1!' });
    await testApp.app.get(ParcelPurge).run();
    await testApp.app.get(Retention).run({ dryRun: true });
    const beforeRetention = Date.now() / 1000;
    await testApp.app.get(Retention).run();

    const text = await scrape();
    for (const name of [
      'guichet_http_request_duration_seconds',
      'guichet_sign_ins_total',
      'guichet_otp_sends_total',
      'guichet_outbox_pending',
      'guichet_outbox_oldest_pending_age_seconds',
      'guichet_purge_runs_total',
      'guichet_purge_items_total',
      'guichet_retention_runs_total',
      'guichet_retention_items_total',
      'guichet_job_last_success_timestamp_seconds',
      'guichet_parcel_bytes_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toMatch(
      /guichet_http_request_duration_seconds_count\{method="GET",route="\/api\/health\/live",status="200"\} [1-9]/,
    );
    expect(text).toContain('route="/api/parcels/:id"');
    expect(text).not.toContain('0b7c1f6e-3a2d-4c55-9e11-2f0a6b1d9c33');
    expect(text).toMatch(/guichet_sign_ins_total\{outcome="success"\} [1-9]/);
    expect(text).toMatch(/guichet_sign_ins_total\{outcome="failure"\} [1-9]/);
    expect(text).toMatch(/guichet_purge_runs_total 1/);
    // A dry run is not a run: only the real one counts, and it says when it finished.
    expect(text).toMatch(/guichet_retention_runs_total 1/);
    const finished = (job: string) =>
      Number(
        new RegExp(`guichet_job_last_success_timestamp_seconds\\{job="${job}"\\} ([\\d.e+]+)`).exec(
          text,
        )?.[1],
      );
    expect(finished('retention')).toBeGreaterThanOrEqual(Math.floor(beforeRetention));
    expect(finished('purge')).toBeGreaterThan(0);
    expect(text).toMatch(/guichet_outbox_pending \d+/);
  });

  it('is ready when the database, SMTP and clamd answer, and names what is down', async () => {
    const ready = await testApp.http.get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ok',
      checks: { database: 'up', smtp: 'up', clamd: 'up' },
    });
  });

  it('stops being ready when SMTP is unreachable', async () => {
    const port = await findFreePort();
    const unreachable = await startTestApp({
      database: testApp.database,
      env: { SMTP_URL: `smtp://127.0.0.1:${port}` },
    });
    try {
      const down = await unreachable.http.get('/api/health/ready').expect(503);
      expect(down.body.code).toBe(HealthErrorCode.NotReady);
      expect(down.body.message).toContain('smtp');
    } finally {
      await unreachable.close();
    }
  });
});
