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
    await running?.close();
  }

  /** Starts again on the same port and data. */
  async restart(): Promise<void> {
    if (this.running) return;
    this.running = await startEmbeddedDatabase({ dir: join(this.dir, 'data'), port: this.port });
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
