import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../../server/src/core/database/embedded-database';
import type { RunningDatabase } from '../../server/src/core/database/running-database';
import { stablePort } from '../process/stable-port';

/**
 * A PostgreSQL of the test's own (the product's embedded one, in a temporary directory, on a fixed
 * port) that it may stop and start again: the shared server of the other tests is never touched.
 */
export class OwnPostgres {
  private running?: RunningDatabase;

  private constructor(
    private readonly dir: string,
    private readonly port: number,
    readonly url: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-faults-pg-'));
    // mkdtemp makes the directory private; PostgreSQL may run as another user (root machines).
    chmodSync(dir, 0o755);
    const port = await stablePort();
    const running = await startEmbeddedDatabase({ dir: join(dir, 'data'), port });
    const own = new OwnPostgres(dir, port, running.url);
    own.running = running;
    return own;
  }

  /** A clean shutdown, as an operator's restart or a failover does: connections are dropped. */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    await within(60_000, 'PostgreSQL to stop', running?.close());
  }

  /** Starts again on the same port and data. */
  async restart(): Promise<void> {
    if (this.running) return;
    this.running = await within(
      60_000,
      'PostgreSQL to start again',
      startEmbeddedDatabase({ dir: join(this.dir, 'data'), port: this.port }),
    );
  }

  async sql<Row = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<Row[]> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as Row[];
    } finally {
      await client.end();
    }
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `work`, or a failure naming what did not happen in time (rather than a silent test timeout). */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms / 1000} s for ${what}`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
