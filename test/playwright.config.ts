import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * `npm run e2e`: the built product as users and operators meet it.
 * - process: starts `server/dist/src/main.js` itself (bad settings, embedded default, restart);
 * - faults: built processes on their own PostgreSQL, SMTP, SMS provider and disk, broken on purpose;
 * - browser: Debian's Chromium against one server started below (never a downloaded browser).
 * The process and fault tests create their databases on the server DATABASE_URL names, or else on an
 * embedded PostgreSQL started by the global setup (the one the Jest API tests use).
 */
const port = Number(process.env.E2E_PORT ?? 3111);
// One data directory per port, so that two checkouts can run their browser tests side by side.
const embeddedDir = join(tmpdir(), `guichet-e2e-postgres-${port}`);

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['line']] : [['list']],
  globalSetup: './support/postgres.global-setup.mjs',
  globalTeardown: './support/postgres.global-teardown.mjs',
  projects: [
    { name: 'process', testDir: './process' },
    { name: 'faults', testDir: './faults' },
    {
      name: 'browser',
      testDir: './browser',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${port}`,
        locale: 'fr-FR',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // A fresh embedded database per run unless DATABASE_URL names a server.
    command: `rm -rf ${embeddedDir} ${embeddedDir}.lock ${embeddedDir}.secret && node server/dist/src/main.js`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      NODE_ENV: 'development',
      EMBEDDED_DATABASE_DIR: embeddedDir,
    },
  },
});
