import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import {
  DocumentDecryptor,
  DocumentEncryptor,
  HEADER,
  RECORD_BYTES,
  SEALED_RECORD_BYTES,
  recordOffset,
  sealedSize,
  windowOf,
} from './document-cipher';

const key = randomBytes(32);

/** Feeds `bytes` in uneven chunks, as a socket would. */
const chunked = (bytes: Buffer, size = 10_007) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );

async function encrypt(plain: Buffer, encryptor = new DocumentEncryptor(key)): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(chunked(plain), encryptor, async (source) => {
    for await (const chunk of source) out.push(chunk as Buffer);
  });
  return Buffer.concat(out);
}

/** Records handed to the sealing threads at once (16 records). */
const BATCH = 16 * RECORD_BYTES;

async function decrypt(sealed: Buffer, decryptor = new DocumentDecryptor(key)): Promise<Buffer> {
  return buffer(chunked(sealed, 7_001).pipe(decryptor));
}

describe(DocumentEncryptor.name, () => {
  it.each([
    0,
    1,
    RECORD_BYTES - 1,
    RECORD_BYTES,
    RECORD_BYTES + 1,
    3 * RECORD_BYTES + 17,
    BATCH,
    BATCH + 1,
    3 * BATCH + 5,
  ])('encrypts and decrypts %d bytes, stored in the size it announces, hashed', async (size) => {
    const plain = randomBytes(size);
    const encryptor = new DocumentEncryptor(key);
    const sealed = await encrypt(plain, encryptor);
    expect(sealed.length).toBe(sealedSize(size));
    expect(sealed.subarray(0, HEADER.length)).toEqual(HEADER);
    expect((await decrypt(sealed)).equals(plain)).toBe(true);
    expect(encryptor.sha256).toBe(createHash('sha256').update(plain).digest('hex'));
  });

  it('seals each record as the format says: nonce = index, associated data = header | index | final', async () => {
    const plain = randomBytes(RECORD_BYTES + 10);
    const sealed = await encrypt(plain);
    const record = (index: number, final: boolean, bytes: Buffer) => {
      const nonce = Buffer.alloc(12);
      nonce.writeBigUInt64BE(BigInt(index), 4);
      const aad = Buffer.alloc(HEADER.length + 9);
      HEADER.copy(aad);
      aad.writeBigUInt64BE(BigInt(index), HEADER.length);
      aad[HEADER.length + 8] = final ? 1 : 0;
      const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad);
      return Buffer.concat([cipher.update(bytes), cipher.final(), cipher.getAuthTag()]);
    };
    const expected = Buffer.concat([
      HEADER,
      record(0, false, plain.subarray(0, RECORD_BYTES)),
      record(1, true, plain.subarray(RECORD_BYTES)),
    ]);
    expect(sealed.equals(expected)).toBe(true);
  });

  it('seals documents uploaded at the same time, each under its own key', async () => {
    const documents = [BATCH * 2 + 3, 5, BATCH + RECORD_BYTES].map((size) => ({
      plain: randomBytes(size),
      key: randomBytes(32),
    }));
    const sealed = await Promise.all(
      documents.map(({ plain, key }) => encrypt(plain, new DocumentEncryptor(key))),
    );
    for (const [i, { plain, key }] of documents.entries()) {
      expect((await decrypt(sealed[i]!, new DocumentDecryptor(key))).equals(plain)).toBe(true);
    }
  });

  it('fails when a record cannot be sealed, and goes on sealing other documents', async () => {
    await expect(encrypt(randomBytes(100), new DocumentEncryptor(randomBytes(5)))).rejects.toThrow(
      /Sealing failed/,
    );
    const abandoned = new DocumentEncryptor(key);
    abandoned.write(randomBytes(BATCH * 2));
    abandoned.destroy();
    const plain = randomBytes(BATCH + 7);
    expect((await decrypt(await encrypt(plain))).equals(plain)).toBe(true);
  });

  it('never shows the plain bytes, and never encrypts the same document twice alike', async () => {
    const plain = Buffer.from('Relevé de compte '.repeat(10_000));
    const sealed = await encrypt(plain);
    expect(sealed.includes(Buffer.from('Relevé de compte'))).toBe(false);
    const other = await buffer(
      chunked(plain).pipe(new DocumentEncryptor(randomBytes(32))) as unknown as Readable,
    );
    expect(other.equals(sealed)).toBe(false);
  });
});

describe(DocumentDecryptor.name, () => {
  const plain = randomBytes(3 * RECORD_BYTES + 100);
  let sealed: Buffer;
  beforeAll(async () => {
    sealed = await encrypt(plain);
  });

  it('fails on one altered byte in a record, in a tag or in the header', async () => {
    for (const offset of [recordOffset(1) + 5, recordOffset(1) - 1, 2]) {
      const altered = Buffer.from(sealed);
      altered[offset]! ^= 0x01;
      await expect(decrypt(altered)).rejects.toThrow();
    }
  });

  it('fails on a file cut short, at a record boundary or inside a record', async () => {
    await expect(decrypt(sealed.subarray(0, recordOffset(2)))).rejects.toThrow(/authenticate/);
    await expect(decrypt(sealed.subarray(0, sealed.length - 10))).rejects.toThrow();
    await expect(decrypt(sealed.subarray(0, HEADER.length))).rejects.toThrow(/final record/);
    await expect(decrypt(sealed.subarray(0, 3))).rejects.toThrow(/header/);
  });

  it('fails on records swapped, or a record appended after the final one', async () => {
    const record = (i: number) => sealed.subarray(recordOffset(i), recordOffset(i + 1));
    const swapped = Buffer.concat([HEADER, record(1), record(0), sealed.subarray(recordOffset(2))]);
    await expect(decrypt(swapped)).rejects.toThrow(/authenticate/);
    const extended = Buffer.concat([sealed, record(0)]);
    await expect(decrypt(extended)).rejects.toThrow(/authenticate/);
  });

  it('fails under another key, and releases no byte of a record that does not authenticate', async () => {
    const released: Buffer[] = [];
    const decryptor = new DocumentDecryptor(key);
    decryptor.on('data', (chunk: Buffer) => released.push(chunk));
    const altered = Buffer.from(sealed);
    altered[recordOffset(1) + 5]! ^= 0x01;
    await expect(decrypt(altered, decryptor)).rejects.toThrow();
    // At most the first record, which did authenticate; nothing of the altered one.
    const out = Buffer.concat(released);
    expect(out.length).toBeLessThanOrEqual(RECORD_BYTES);
    expect(out.equals(plain.subarray(0, out.length))).toBe(true);
    await expect(decrypt(sealed, new DocumentDecryptor(randomBytes(32)))).rejects.toThrow();
  });

  it.each([
    [0, 0],
    [10, RECORD_BYTES + 20],
    [RECORD_BYTES, 2 * RECORD_BYTES - 1],
    [2 * RECORD_BYTES + 5, 3 * RECORD_BYTES + 99],
    [3 * RECORD_BYTES + 99, 3 * RECORD_BYTES + 99],
  ])('gives plain bytes %d to %d from the records that hold them', async (start, end) => {
    const window = windowOf(plain.length, start, end);
    const lastRecord = Math.floor(end / RECORD_BYTES);
    const stop = Math.min(sealed.length, recordOffset(lastRecord) + SEALED_RECORD_BYTES);
    const part = sealed.subarray(recordOffset(window.firstRecord), stop);
    const out = await decrypt(part, new DocumentDecryptor(key, window));
    expect(out.equals(plain.subarray(start, end + 1))).toBe(true);
  });

  it('fails a range whose last record is altered', async () => {
    const window = windowOf(plain.length, 3 * RECORD_BYTES, 3 * RECORD_BYTES + 99);
    const part = Buffer.from(sealed.subarray(recordOffset(3)));
    part[4]! ^= 0x01;
    await expect(decrypt(part, new DocumentDecryptor(key, window))).rejects.toThrow();
  });
});
