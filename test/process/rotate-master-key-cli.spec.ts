import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createProcessDatabase } from './process-database';

const CLI = join(__dirname, '..', '..', 'server', 'dist', 'src', 'cli.js');
const OLD = Buffer.alloc(32, 1).toString('base64');
const NEW = Buffer.alloc(32, 2).toString('base64');

/** `npm run cli -- rotate-master-key` as an operator runs it (the re-wrapping: API test). */
test.describe('rotate-master-key command', () => {
  test('reports what each master key wraps, and refuses bad arguments', async () => {
    test.setTimeout(120_000);
    const database = await createProcessDatabase();
    const cli = (...args: string[]) => {
      const run = spawnSync(process.execPath, [CLI, 'rotate-master-key', ...args], {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'development',
          DATABASE_URL: database.url,
          MASTER_KEY: NEW,
          MASTER_KEY_ID: 'k2',
          MASTER_KEYS_RETIRED: `k1:${OLD}`,
        },
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { code: run.status, out: run.stdout, errors: run.stderr };
    };
    try {
      const done = cli('--batch-size', '100');
      expect(done.errors).toBe('');
      expect(done.code).toBe(0);
      expect(done.out).toContain('Re-wrapped 0 document key(s) under "k2".');
      expect(done.out).toContain('Done: no document key needs a retired master key any more.');

      const bad = cli('--batch-size', 'many');
      expect(bad.code).toBe(1);
      expect(bad.errors).toContain('--batch-size must be a whole number from 1 to 10000');
    } finally {
      await database.drop();
    }
  });
});
