import { createHash, randomBytes } from 'node:crypto';
import { BackgroundSha256 } from './background-sha256';

describe(BackgroundSha256.name, () => {
  it('gives the digest of every chunk in order, waiting when the worker is behind', async () => {
    const chunks = Array.from({ length: 40 }, (_, i) => randomBytes(256 * 1024 + i));
    const expected = createHash('sha256');
    const hash = new BackgroundSha256();
    for (const chunk of chunks) {
      expected.update(chunk);
      await hash.update(chunk.subarray(0));
    }
    expect(await hash.digest()).toBe(expected.digest('hex'));
  });

  it('hashes an empty stream', async () => {
    expect(await new BackgroundSha256().digest()).toBe(createHash('sha256').digest('hex'));
  });
});
