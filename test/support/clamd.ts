import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's clamd (`apt-get install clamav-daemon`). */
export const CLAMD_BINARY = '/usr/sbin/clamd';

/**
 * The EICAR test file: harmless, recognised by every antivirus. Put together at run time so that
 * no scanner on a developer's machine quarantines this source file.
 */
export const EICAR = Buffer.from(
  ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE', '!$H+H*'].join(''),
);

/** Answers PING on the socket, or throws. */
function ping(socket: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const connection = connect({ path: socket }, () => connection.write('zPING\0'));
    connection.on('data', (data) =>
      data.toString().startsWith('PONG') ? resolve() : reject(new Error(data.toString())),
    );
    connection.on('error', reject);
    connection.on('close', () => reject(new Error('closed')));
  });
}

/**
 * A clamd of our own: a temporary folder with a Unix socket and a one-line signature database for
 * the EICAR test file (no freshclam, no network), started in the foreground and stopped by `stop`.
 */
export class TestClamd {
  private constructor(
    readonly socket: string,
    private readonly folder: string,
    private process: ChildProcess | undefined,
  ) {}

  static async start(): Promise<TestClamd> {
    const folder = await mkdtemp(join(tmpdir(), 'guichet-clamd-'));
    const database = join(folder, 'db');
    await mkdir(database);
    await mkdir(join(folder, 'tmp'));
    const signature = Buffer.from('EICAR-STANDARD-ANTIVIRUS-TEST-FILE').toString('hex');
    await writeFile(join(database, 'guichet-test.ndb'), `Guichet-Test-Eicar:0:*:${signature}\n`);
    const socket = join(folder, 'clamd.sock');
    const config = join(folder, 'clamd.conf');
    await writeFile(
      config,
      [
        `LocalSocket ${socket}`,
        `DatabaseDirectory ${database}`,
        `TemporaryDirectory ${join(folder, 'tmp')}`,
        `PidFile ${join(folder, 'clamd.pid')}`,
        'Foreground yes',
        'LogFile /dev/null',
        'StreamMaxLength 64M',
        'MaxThreads 2',
        '',
      ].join('\n'),
    );
    const child = spawn(CLAMD_BINARY, ['--foreground', '-c', config], { stdio: 'ignore' });
    const clamd = new TestClamd(socket, folder, child);
    for (let i = 0; i < 300; i++) {
      if (
        existsSync(socket) &&
        (await ping(socket).then(
          () => true,
          () => false,
        ))
      )
        return clamd;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await clamd.stop();
    throw new Error('clamd did not start');
  }

  /** Stops clamd: the socket no longer answers. */
  async halt(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async stop(): Promise<void> {
    await this.halt();
    await rm(this.folder, { recursive: true, force: true });
  }
}
