import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { LocalBlobStore } from './local-blob-store';

const KEY = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b/0e6f2b1c-7d3a-4b5e-9f8a-1c2d3e4f5a6b';

describe(LocalBlobStore.name, () => {
  let dir: string;
  let store: LocalBlobStore;
  const files = async () =>
    (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'blob-store-'));
    store = new LocalBlobStore(dir);
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes, reads whole or a range, and deletes twice without complaint', async () => {
    expect(
      await store.write(KEY, Readable.from([Buffer.from('hello '), Buffer.from('world')])),
    ).toBe(11);
    expect(await store.exists(KEY)).toBe(true);
    expect((await buffer(await store.read(KEY))).toString()).toBe('hello world');
    expect((await buffer(await store.read(KEY, { start: 6, end: 10 }))).toString()).toBe('world');
    await store.delete(KEY);
    await store.delete(KEY);
    expect(await store.exists(KEY)).toBe(false);
    await expect(store.read(KEY)).rejects.toThrow();
  });

  it('leaves nothing when the source fails mid-way', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.write(KEY, failing)).rejects.toThrow('client went away');
    expect(await store.exists(KEY)).toBe(false);
    expect(await files()).toBe(0);
  });

  it('refuses any key it did not make, so no request path reaches the disk', async () => {
    for (const key of ['../etc/passwd', `${KEY}/..`, 'a/b', `/${KEY}`, KEY.toUpperCase()]) {
      await expect(store.write(key, Readable.from([]))).rejects.toThrow('Invalid blob key');
      await expect(store.read(key)).rejects.toThrow('Invalid blob key');
    }
  });

  it('sweeps temporary files of writes interrupted long ago', async () => {
    const stuck = new Readable({ read() {} });
    const pending = store.write(KEY, stuck);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [temporary] = await readdir(join(dir, '.tmp'));
    await utimes(join(dir, '.tmp', temporary!), new Date(0), new Date(0));
    expect(await store.sweepInterrupted(60_000)).toBe(1);
    stuck.destroy(new Error('gone'));
    await expect(pending).rejects.toThrow();
    expect(await store.sweepInterrupted(0)).toBe(0);
  });
});
