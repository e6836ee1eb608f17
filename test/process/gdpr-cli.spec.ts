import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const CLI = join(__dirname, '..', '..', 'server', 'dist', 'src', 'cli.js');

/**
 * `npm run retention` and `npm run db:anonymized-dump` as an operator runs them, on the embedded
 * PostgreSQL alone: no server and no pg_dump needed (what they do: API tests).
 */
test.describe('retention and anonymised dump commands', () => {
  let dir: string;

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'guichet-gdpr-cli-'));
    // As root the embedded PostgreSQL runs as the postgres user, which must reach its directory.
    chmodSync(dir, 0o755);
  });

  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        EMBEDDED_DATABASE_DIR: join(dir, 'postgres'),
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: run.status, out: run.stdout, errors: run.stderr };
  };

  test('counts in a dry run, then writes a dump readable by its owner only', async () => {
    test.setTimeout(300_000);
    const dry = cli('retention', '--dry-run');
    expect(dry.errors).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Retention (dry run)');
    expect(dry.out).toMatch(/inactive-clients: 0 past the period, nothing done \(dry run\)/);

    const file = join(dir, 'support.sql');
    const dump = cli('anonymized-dump', '--out', file, '--key', 'ab'.repeat(32));
    expect(dump.errors).toBe('');
    expect(dump.code).toBe(0);
    expect(dump.out).toMatch(/Anonymised dump written to .*support\.sql: \d+ tables, \d+ rows\n/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('CREATE TABLE "account"');
    expect(text).toMatch(/INSERT INTO "migrations"/);
    expect(text.trimEnd().endsWith('COMMIT;')).toBe(true);
  });

  test('refuses a missing file or a malformed key, saying why', () => {
    const noFile = cli('anonymized-dump');
    expect(noFile.code).toBe(1);
    expect(noFile.errors).toContain('--out FILE is required');
    const badKey = cli('anonymized-dump', '--out', join(dir, 'x.sql'), '--key', 'short');
    expect(badKey.code).toBe(1);
    expect(badKey.errors).toContain('must be 64 hex characters');
    const badFlag = cli('retention', '--now');
    expect(badFlag.code).toBe(1);
  });
});
