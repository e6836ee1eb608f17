import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { SmtpSink } from '../support/smtp-sink';
import {
  BrowserSession as Browser,
  DEMO_ADMIN as ADMIN,
  DEMO_CLIENT as TENG,
} from './browser-session';
import { createProcessDatabase } from './process-database';
import { ServerProcess } from './server-process';
import { stablePort } from './stable-port';

const CLI = join(__dirname, '..', '..', 'server', 'dist', 'src', 'cli.js');
/** `npm run purge` as an operator runs it; gives its output. */
function purge(env: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'purge'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', () => resolve(out));
  });
}

/**
 * OPS-4: two app processes on one database share sessions, throttling and jobs, since all of it
 * lives in PostgreSQL.
 */
test.describe('two instances on one database', () => {
  test('share a session and a throttle, and a purge triggered by both runs once', async () => {
    test.setTimeout(180_000);
    const database = await createProcessDatabase();
    const smtp = await SmtpSink.start();
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      CAPTCHA_COMPLEXITY: '20',
      THROTTLE_IDENTIFIER_FREE: '2',
      THROTTLE_IDENTIFIER_MAX_DELAY_S: '60',
      OUTBOX_WORKER: 'false',
      PARCEL_JOBS: 'false',
    };
    const ports = [await stablePort(), await stablePort()];
    const [a, b] = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];
    const first = ServerProcess.start({ ...env, PORT: String(ports[0]) });
    const servers = [first];
    const sql = async (text: string) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(text)).rows as Record<string, unknown>[];
      } finally {
        await client.end();
      }
    };
    try {
      // The first one migrates and seeds; the second finds both done.
      await first.waitUntilReady(`${a}/api/health/ready`);
      const second = ServerProcess.start({ ...env, PORT: String(ports[1]) });
      servers.push(second);
      await second.waitUntilReady(`${b}/api/health/ready`);

      // A CAPTCHA from B opens a session on A; the session is valid on B.
      const browser = new Browser();
      expect((await browser.signIn(a, ADMIN, ADMIN.password, b)).status).toBe(200);
      expect((await browser.call(b, '/api/auth/session')).status).toBe(200);
      expect((await new Browser().call(b, '/api/auth/session')).status).not.toBe(200);
      const client = new Browser();
      expect((await client.signIn(a, TENG)).status).toBe(200);
      const draft = await client.call(b, '/api/parcels', { subject: 'Brouillon' });
      expect(draft.status).toBe(201);

      // Failures on A and on B add up to one throttle for the identifier.
      expect((await new Browser().signIn(a, ADMIN, 'wrong-1')).status).toBe(401);
      expect((await new Browser().signIn(b, ADMIN, 'wrong-2')).status).toBe(401);
      // The third failure (the second free one was on B) starts a delay, seen by both instances.
      expect((await new Browser().signIn(a, ADMIN, 'wrong-3')).status).toBe(401);
      // One more failure (or already a refusal) makes the delay long enough for a slow machine.
      expect([401, 429]).toContain((await new Browser().signIn(b, ADMIN, 'wrong-4')).status);
      expect((await new Browser().signIn(b, ADMIN)).status).toBe(429);
      expect((await new Browser().signIn(a, ADMIN)).status).toBe(429);

      // A withdrawn parcel; two purges at once: one destroys it, the other finds nothing or waits.
      await sql(`UPDATE parcel SET state = 'withdrawn'`);
      const doomed = await sql(`SELECT id FROM parcel WHERE state = 'withdrawn'`);
      expect(doomed).toHaveLength(1);
      const outputs = await Promise.all([purge(env), purge(env)]);
      for (const output of outputs) expect(output).toMatch(/^purge: /m);
      const tombstones = await sql(
        `SELECT count(*)::int AS count FROM audit_event WHERE kind = 'parcel.purged'`,
      );
      expect(tombstones[0]!.count).toBe(doomed.length);
      expect(await sql(`SELECT id FROM parcel WHERE state = 'withdrawn'`)).toEqual([]);
    } finally {
      for (const server of servers) await server.stop();
      await database.drop();
      await smtp.stop();
    }
  });
});
