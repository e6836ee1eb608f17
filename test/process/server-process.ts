import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', '..', 'server', 'dist', 'src', 'main.js');

/** The built server running as its own process, as an operator starts it. */
export class ServerProcess {
  private output = '';
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.errors += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  errors = '';

  /** Starts `node server/dist/src/main.js` with only the given settings (plus PATH and HOME). */
  static start(env: Record<string, string>): ServerProcess {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServerProcess(child);
  }

  /** The operating system's process id, to signal it or limit it (`prlimit`). */
  get pid(): number {
    return this.child.pid!;
  }

  /** SIGKILL: no shutdown at all, as a crash or the OOM killer ends a process. */
  kill(): Promise<number | null> {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  get log(): string {
    return this.output + this.errors;
  }

  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** Polls a URL until it answers 200, or fails with the server's output if the process ends. */
  async waitUntilReady(url: string, timeoutMs = 45_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let ended = false;
    void this.exited.then(() => (ended = true));
    while (Date.now() < deadline && !ended) {
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`server not ready at ${url}:\n${this.log}`);
  }

  /** SIGTERM, then the exit code; a process still running a minute later is killed (null). */
  async stop(): Promise<number | null> {
    this.child.kill('SIGTERM');
    const stuck = setTimeout(() => {
      this.errors += '\n[test] no exit within 60 s of SIGTERM: killed\n';
      this.child.kill('SIGKILL');
    }, 60_000);
    const code = await this.exited;
    clearTimeout(stuck);
    return code;
  }
}
