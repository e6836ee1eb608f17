import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess } from '../process/server-process';
import { stablePort } from '../process/stable-port';

/** The built server as the fault tests run it: development mode (demo data), jobs off unless asked. */
export class FaultApp {
  private constructor(
    readonly server: ServerProcess,
    readonly base: string,
    readonly blobDir: string,
    private readonly ownsBlobDir: boolean,
  ) {}

  /**
   * Starts `node server/dist/src/main.js` on a free port and waits for readiness. Sign-ins are
   * cheap to pass (CAPTCHA complexity 20, no per-address throttle): the faults, not the guards,
   * are under test.
   */
  static async start(env: Record<string, string>): Promise<FaultApp> {
    const port = await stablePort();
    const ownsBlobDir = !env.BLOB_DIR;
    const blobDir = env.BLOB_DIR ?? mkdtempSync(join(tmpdir(), 'guichet-faults-blobs-'));
    const server = ServerProcess.start({
      NODE_ENV: 'development',
      PORT: String(port),
      CAPTCHA_COMPLEXITY: '20',
      THROTTLE_IP_FREE: '10000',
      OUTBOX_WORKER: 'false',
      PARCEL_JOBS: 'false',
      BLOB_DIR: blobDir,
      ...env,
    });
    const app = new FaultApp(server, `http://127.0.0.1:${port}`, blobDir, ownsBlobDir);
    try {
      await server.waitUntilReady(`${app.base}/api/health/ready`, 90_000);
    } catch (error) {
      await app.stop();
      throw error;
    }
    return app;
  }

  /** The readiness status code (200 or 503), or 0 when the process does not answer at all. */
  readiness(): Promise<number> {
    return fetch(`${this.base}/api/health/ready`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.status,
      () => 0,
    );
  }

  /** Polls readiness until it gives `status`; fails after `timeoutMs`. */
  async waitForReadiness(status: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await this.readiness()) === status) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`readiness never answered ${status}:\n${this.server.log}`);
  }

  async stop(): Promise<number | null> {
    const code = await this.server.stop();
    if (this.ownsBlobDir) rmSync(this.blobDir, { recursive: true, force: true });
    return code;
  }
}
