import { expect, test } from '@playwright/test';
import { SmtpSink } from '../support/smtp-sink';
import { createProcessDatabase } from './process-database';
import { ServerProcess } from './server-process';
import { stablePort } from './stable-port';

/**
 * The production bundle with NODE_ENV=production and every required setting, against PostgreSQL:
 * what CI runs in place of `docker build` (no Docker engine there).
 */
test.describe('production mode', () => {
  test('starts with everything set, serves the portal with strict headers and logs JSON', async () => {
    test.setTimeout(120_000);
    const database = await createProcessDatabase();
    const smtp = await SmtpSink.start();
    const port = await stablePort();
    const server = ServerProcess.start({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: 'https://guichet.example.com/',
      DATABASE_URL: database.url,
      MASTER_KEY: Buffer.alloc(32, 11).toString('base64'),
      MASTER_KEY_ID: 'k1',
      SMTP_URL: smtp.url,
      METRICS_TOKEN: 'production-metrics-token-0123',
      MAIL_FROM: 'Cabinet <no-reply@cabinet.example>',
      TRUST_PROXY: 'loopback',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await server.waitUntilReady(`${base}/api/health/live`);
      const portal = await fetch(`${base}/`);
      expect(portal.status).toBe(200);
      expect(portal.headers.get('strict-transport-security')).toContain('max-age=');
      expect(portal.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const ready = await fetch(`${base}/api/health/ready`);
      expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'up', smtp: 'up' } });
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const metrics = await fetch(`${base}/metrics`, {
        headers: { Authorization: 'Bearer production-metrics-token-0123' },
      });
      expect(await metrics.text()).toContain('guichet_http_request_duration_seconds');
      // JSON lines only: every line parses, one says where it listens.
      const messages = server.log
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { msg?: string }).msg ?? '');
      expect(messages).toContainEqual(
        expect.stringMatching(new RegExp(`^Listening on http://127.0.0.1:${port} \\(production`)),
      );
    } finally {
      expect(await server.stop()).toBe(0);
      await database.drop();
      await smtp.stop();
    }
  });
});
