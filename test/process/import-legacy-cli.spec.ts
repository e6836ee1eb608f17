import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const CLI = join(__dirname, '..', '..', 'server', 'dist', 'src', 'cli.js');
const FIXTURE = join(__dirname, '..', 'support', 'fixtures', 'legacy-import', 'clients.csv');

test.describe('import-legacy command', () => {
  let dir: string;
  /** Runs the built CLI as an operator does, on an embedded database of its own. */
  const cli = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        EMBEDDED_DATABASE_DIR: join(dir, 'postgres'),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: run.status, out: run.stdout, errors: run.stderr };
  };

  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guichet-cli-'));
    // PostgreSQL may run as its own user when the tests run as root.
    chmodSync(dir, 0o755);
  });

  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reports rejected lines with exit code 2, imports clean files with 0, fails with 1', async () => {
    test.setTimeout(120_000);
    const dryRun = cli('import-legacy', '--workspace', 'demo', '--file', FIXTURE, '--dry-run');
    expect(dryRun.code).toBe(2);
    expect(dryRun.out).toContain('Would import 6, rejected 13 (of 19 lines).');

    const real = cli('import-legacy', '--workspace', 'demo', '--file', FIXTURE);
    expect(real.code).toBe(2);
    expect(real.out).toContain('  line 9, email: invalid-email');
    expect(real.out).toContain('Imported 6, rejected 13 (of 19 lines).');
    for (const secret of ['vieux-mot', 'secret-sans-code', 'pass;word', 'N9qo8uLO']) {
      expect(real.out + real.errors).not.toContain(secret);
    }

    const clean = join(dir, 'clean.csv');
    writeFileSync(clean, 'access_code,last_name\nZ-0001,Zola\n');
    expect(cli('import-legacy', '--workspace', 'demo', '--file', clean).code).toBe(0);

    const unknown = cli('import-legacy', '--workspace', 'nope', '--file', clean);
    expect(unknown.code).toBe(1);
    expect(unknown.errors.trim()).toBe('No workspace "nope"');
    expect(cli('import-legacy', '--workspace', 'demo').code).toBe(1);
    expect(cli('no-such-command').code).toBe(1);
  });
});
