import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A directory that fills up after `mib` MiB. Where mounting is allowed (root, or a CI container
 * with CAP_SYS_ADMIN) it is a tmpfs of that size: writes fail with ENOSPC, a real full disk.
 * Elsewhere the directory is ordinary and the writer process gets a file size limit instead
 * (`prlimit --fsize`, what `ulimit -f` sets): writes past it fail with EFBIG. `how` says which;
 * FAULTS_NO_MOUNT=1 forces the second way, to check it where mounting works.
 */
export class TinyDisk {
  private constructor(
    readonly dir: string,
    readonly how: 'tmpfs' | 'file-size-limit',
    private readonly bytes: number,
  ) {}

  static create(mib: number): TinyDisk {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-faults-disk-'));
    const mount = spawnSync(
      'mount',
      ['-t', 'tmpfs', '-o', `size=${mib}m,mode=0755`, 'tmpfs', dir],
      {
        stdio: 'ignore',
      },
    );
    if (mount.status !== 0) chmodSync(dir, 0o755);
    return new TinyDisk(dir, mount.status === 0 ? 'tmpfs' : 'file-size-limit', mib * 1024 * 1024);
  }

  /** Applies the limit to the process that writes, when no tmpfs could be mounted. */
  limit(pid: number): void {
    if (this.how === 'tmpfs') return;
    const run = spawnSync('prlimit', [`--pid=${pid}`, `--fsize=${this.bytes}:${this.bytes}`], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`prlimit failed: ${run.stderr || run.error?.message}`);
  }

  remove(): void {
    if (this.how === 'tmpfs') spawnSync('umount', [this.dir], { stdio: 'ignore' });
    rmSync(this.dir, { recursive: true, force: true });
  }
}
