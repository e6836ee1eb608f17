import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { findFreePort } from '../../server/src/core/database/free-port';
import { ServerProcess } from './server-process';
import { stablePort } from './stable-port';

const oneLine = (text: string) => text.trim().split('\n');

test.describe('starting the server', () => {
  test('refuses a port that is not a number with one line naming PORT', async () => {
    const server = ServerProcess.start({ PORT: 'abc' });
    expect(await server.exitCode()).toBe(1);
    expect(oneLine(server.errors)).toEqual([
      'Configuration error: PORT: must be a whole number from 0 to 65535 (got "abc")',
    ]);
  });

  test('refuses an unreachable DATABASE_URL with one line that hides the password', async () => {
    const port = await findFreePort();
    const server = ServerProcess.start({
      PORT: String(await findFreePort()),
      DATABASE_URL: `postgresql://guichet:s3cret@127.0.0.1:${port}/guichet`,
    });
    expect(await server.exitCode()).toBe(1);
    const lines = oneLine(server.errors);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`DATABASE_URL: cannot connect to 127.0.0.1:${port}/guichet`);
    expect(server.log).not.toContain('s3cret');
  });
  test('refuses production with development defaults, naming what to set', async () => {
    const production: Record<string, string> = { NODE_ENV: 'production', PORT: '0' };
    const expected: [string, Record<string, string>][] = [
      ['PUBLIC_URL', { PUBLIC_URL: 'https://guichet.example.com/' }],
      ['DATABASE_URL', { DATABASE_URL: 'postgresql://guichet@127.0.0.1:1/guichet' }],
      ['MASTER_KEY', { MASTER_KEY: Buffer.alloc(32, 9).toString('base64') }],
      ['SMTP_URL', { SMTP_URL: 'smtp://127.0.0.1:2525' }],
      ['MAIL_FROM', {}],
    ];
    for (const [variable, fix] of expected) {
      const server = ServerProcess.start(production);
      expect(await server.exitCode()).toBe(1);
      expect(oneLine(server.errors)).toEqual([
        expect.stringMatching(
          new RegExp(`^Configuration error: ${variable}: must be set in production`),
        ),
      ]);
      Object.assign(production, fix);
    }
  });

  test('refuses the development master key and the dev-inbox SMS provider in production', async () => {
    const production = {
      NODE_ENV: 'production',
      PORT: '0',
      PUBLIC_URL: 'https://guichet.example.com/',
      DATABASE_URL: 'postgresql://guichet@127.0.0.1:1/guichet',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: 'Cabinet <no-reply@cabinet.example>',
    };
    const developmentKey = createHash('sha256').update('guichet development master key');
    const cases: [Record<string, string>, RegExp][] = [
      [{ MASTER_KEY: developmentKey.digest('base64') }, /^Configuration error: MASTER_KEY: /],
      [
        { MASTER_KEY: Buffer.alloc(32, 9).toString('base64'), SMS_PROVIDER: 'dev-inbox' },
        /^Configuration error: SMS_PROVIDER: /,
      ],
    ];
    for (const [settings, message] of cases) {
      const server = ServerProcess.start({ ...production, ...settings });
      expect(await server.exitCode()).toBe(1);
      expect(oneLine(server.errors)).toEqual([expect.stringMatching(message)]);
    }
  });
});

test.describe('embedded default database', () => {
  let dir: string;

  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guichet-embedded-'));
    // PostgreSQL may run as its own user when the tests run as root.
    chmodSync(dir, 0o755);
  });

  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('serves with no server installed, keeps data across a restart, and owns its directory', async () => {
    test.setTimeout(120_000);
    const dataDir = join(dir, 'postgres');
    const databasePort = await stablePort();
    const httpPort = await stablePort();
    const env = {
      NODE_ENV: 'development',
      PORT: String(httpPort),
      EMBEDDED_DATABASE_DIR: dataDir,
      EMBEDDED_DATABASE_PORT: String(databasePort),
    };
    const base = `http://127.0.0.1:${httpPort}`;
    const first = ServerProcess.start(env);
    await first.waitUntilReady(`${base}/api/health/ready`);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    const second = ServerProcess.start({ ...env, PORT: String(await findFreePort()) });
    expect(await second.exitCode()).toBe(1);
    expect(oneLine(second.errors)).toEqual([
      expect.stringMatching(
        /^Configuration error: EMBEDDED_DATABASE_DIR: the data directory is in use by process \d+/,
      ),
    ]);

    const password = readFileSync(`${dataDir}.secret`, 'utf8').trim();
    const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${databasePort}/guichet`;
    const sql = async (text: string) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text)).rows;
      } finally {
        await client.end();
      }
    };
    expect(await sql('SELECT slug FROM workspace ORDER BY slug')).toEqual([
      { slug: 'autre' },
      { slug: 'demo' },
    ]);
    await sql("INSERT INTO workspace (slug, name) VALUES ('kept', 'Kept across restarts')");

    expect(await first.stop()).toBe(0);
    expect(first.log).toContain('SIGTERM received: shutting down');
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    await expect(sql('SELECT 1')).rejects.toThrow();

    const restarted = ServerProcess.start(env);
    await restarted.waitUntilReady(`${base}/api/health/ready`);
    expect(await sql('SELECT slug FROM workspace ORDER BY slug')).toEqual([
      { slug: 'autre' },
      { slug: 'demo' },
      { slug: 'kept' },
    ]);
    expect(await restarted.stop()).toBe(0);
  });
});
