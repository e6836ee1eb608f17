import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLock } from './data-directory-lock';

describe(DataDirectoryLock.name, () => {
  let dir: string;
  let lockPath: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guichet-lock-'));
    lockPath = join(dir, 'postgres.lock');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('records the owner and removes the file on release', () => {
    const lock = DataDirectoryLock.acquire(lockPath, 'EMBEDDED_DATABASE_DIR');
    expect(readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('refuses a directory held by another live process, naming the setting', () => {
    writeFileSync(lockPath, String(process.ppid));
    expect(() => DataDirectoryLock.acquire(lockPath, 'EMBEDDED_DATABASE_DIR')).toThrow(
      `EMBEDDED_DATABASE_DIR: the data directory is in use by process ${process.ppid}`,
    );
  });

  it('takes over a lock left by a process that died', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(lockPath, dead.stdout.toString());
    DataDirectoryLock.acquire(lockPath, 'EMBEDDED_DATABASE_DIR').release();
    expect(existsSync(lockPath)).toBe(false);
  });
});
