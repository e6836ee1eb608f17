import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobStore, type ByteRange, checkBlobKey } from './blob-store';

const TEMPORARY = '.tmp';
const MIB = 1024 * 1024;

/**
 * Blobs as files under one directory: `<dir>/<workspace>/<document>`. A write goes to `.tmp`
 * first and is renamed into place once complete (atomic on one file system), so a reader never
 * sees half a blob and an interrupted write leaves only a temporary file, removed at once.
 */
export class LocalBlobStore extends BlobStore {
  constructor(private readonly dir: string) {
    super();
  }

  async write(key: string, source: Readable): Promise<number> {
    const target = this.pathOf(key);
    const temporary = join(this.dir, TEMPORARY, `${randomUUID()}.part`);
    await mkdir(join(this.dir, TEMPORARY), { recursive: true });
    let bytes = 0;
    source.on('data', (chunk: Buffer) => (bytes += chunk.length));
    // Large writes: fewer system calls and thread-pool round trips per GiB.
    const file = createWriteStream(temporary, { flags: 'wx', highWaterMark: MIB });
    try {
      await pipeline(source, file);
      await mkdir(join(target, '..'), { recursive: true });
      await rename(temporary, target);
      return bytes;
    } catch (error) {
      // A source that fails at once may do so while the file is still being opened: the file
      // appears only then, so it is removed once the stream has let go of it.
      if (!file.closed) await once(file, 'close').catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path, { highWaterMark: MIB, ...(range ?? {}) });
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async sweepInterrupted(olderThanMs: number): Promise<number> {
    const folder = join(this.dir, TEMPORARY);
    const names = await readdir(folder).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const info = await stat(join(folder, name)).catch(() => null);
      if (info && Date.now() - info.mtimeMs > olderThanMs) {
        await rm(join(folder, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  private pathOf(key: string): string {
    const [workspace, document] = checkBlobKey(key).split('/') as [string, string];
    return join(this.dir, workspace, document);
  }
}
