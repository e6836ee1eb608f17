import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { ConfigError } from '../config/config-error';

/** Tells whether a process id belongs to a running process. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive claim on a data directory, held in a file next to it that records the owner's pid.
 * A lock left by a process that died is taken over; one held by a live process is refused.
 */
export class DataDirectoryLock {
  private constructor(private readonly path: string) {}

  /** Takes the lock or throws a {@link ConfigError} naming `variable` when another process has it. */
  static acquire(path: string, variable: string): DataDirectoryLock {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirectoryLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = DataDirectoryLock.ownerOf(path);
      if (owner !== undefined && owner !== process.pid && isProcessAlive(owner)) {
        throw new ConfigError(
          variable,
          `the data directory is in use by process ${owner}; stop it first or choose another directory`,
        );
      }
      rmSync(path, { force: true });
    }
    throw new ConfigError(variable, `could not take the lock file ${path}`);
  }

  release(): void {
    if (DataDirectoryLock.ownerOf(this.path) === process.pid) rmSync(this.path, { force: true });
  }

  private static ownerOf(path: string): number | undefined {
    try {
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      return Number.isSafeInteger(pid) ? pid : undefined;
    } catch {
      return undefined;
    }
  }
}
