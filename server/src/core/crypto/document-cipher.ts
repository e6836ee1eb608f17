import { createDecipheriv } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { type SealedBatch, SealingThread, type SealingSession } from './sealing-thread';

/** Plain bytes per record: the unit that is authenticated before any byte of it is released. */
export const RECORD_BYTES = 64 * 1024;
const TAG_BYTES = 16;
/** Records sealed in one hand-off to the sealing threads: 1 MiB of plain bytes. */
const BATCH_RECORDS = 16;
const BATCH_BYTES = BATCH_RECORDS * RECORD_BYTES;
/**
 * Batches at the sealing threads at once: enough to keep them busy, few enough to keep memory flat.
 * More is slower: measured with 8, the sealed buffers alive on the main thread kept V8's young
 * generation over its limit, and its GC threads burnt ~2 CPU s per GiB.
 */
const BATCHES_AHEAD = 3;
/** One record as stored: ciphertext then its GCM tag. */
export const SEALED_RECORD_BYTES = RECORD_BYTES + TAG_BYTES;
/** "GCD" + format version 1 + record size (uint32 BE): bound into every record's associated data. */
export const HEADER = Buffer.from([0x47, 0x43, 0x44, 0x01, 0x00, 0x01, 0x00, 0x00]);

/** Records of a document of `size` plain bytes: an empty document still has its final record. */
export function recordCount(size: number): number {
  return size === 0 ? 1 : Math.ceil(size / RECORD_BYTES);
}

/** Stored bytes of a document of `size` plain bytes. */
export function sealedSize(size: number): number {
  return HEADER.length + size + recordCount(size) * TAG_BYTES;
}

/** Offset in the stored bytes of record `index`. */
export function recordOffset(index: number): number {
  return HEADER.length + index * SEALED_RECORD_BYTES;
}

/** Counter nonce: the record index. Safe because every document has its own random key. */
function nonceOf(index: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

/** Header, record index and final flag: moving, dropping or appending a record breaks its tag. */
function associatedData(index: number, final: boolean): Buffer {
  const data = Buffer.alloc(HEADER.length + 9);
  HEADER.copy(data, 0);
  data.writeBigUInt64BE(BigInt(index), HEADER.length);
  data[HEADER.length + 8] = final ? 1 : 0;
  return data;
}

/**
 * Bytes waiting to be cut into records: chunks kept as they came, copied only when a record
 * spans two of them (a 64 KiB record from 16 KiB socket reads, say).
 */
class ByteQueue {
  private chunks: Buffer[] = [];
  private offset = 0;
  length = 0;

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** The next `n` bytes (at most `length`). */
  take(n: number): Buffer {
    const first = this.chunks[0];
    if (!first) return Buffer.alloc(0);
    if (first.length - this.offset >= n) {
      const out = first.subarray(this.offset, this.offset + n);
      this.advance(n);
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.chunks[0]!;
      const count = Math.min(chunk.length - this.offset, n - filled);
      chunk.copy(out, filled, this.offset, this.offset + count);
      filled += count;
      this.advance(count);
    }
    return out;
  }

  private advance(n: number): void {
    this.offset += n;
    this.length -= n;
    if (this.offset === this.chunks[0]!.length) {
      this.chunks.shift();
      this.offset = 0;
    }
  }
}

/** Thrown when stored bytes do not authenticate: altered, truncated, reordered or extended. */
export class DocumentIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentIntegrityError';
  }
}

function open(key: Buffer, index: number, final: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) throw new DocumentIntegrityError('Truncated record');
  const decipher = createDecipheriv('aes-256-gcm', key, nonceOf(index));
  decipher.setAAD(associatedData(index, final));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plain = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
  } catch {
    throw new DocumentIntegrityError(`Record ${index} does not authenticate`);
  }
  return plain;
}

/**
 * Encrypts a stream with AES-256-GCM in records of 64 KiB (the STREAM construction), and hashes
 * its plain bytes (SHA-256) on the way: both on worker threads, in batches of 16 records written
 * in memory shared with them, so that the main thread only copies the bytes into a batch.
 * A record is sealed once the next byte shows it is not the last, so the final flag is exact
 * without knowing the size in advance. Memory stays at a few batches whatever the size.
 */
export class DocumentEncryptor extends Transform {
  private readonly session: SealingSession;
  private batch: Buffer;
  private filled = 0;
  private sent = 0;
  private index = 0;
  private ahead = 0;
  /** Waits for the next sealed batch (the stream's callback, when the thread is far ahead). */
  private waiting?: (error?: Error) => void;
  private failure?: Error;
  private digest?: string;

  constructor(key: Buffer) {
    super({ highWaterMark: 16 * RECORD_BYTES });
    this.push(HEADER);
    const layout = {
      header: HEADER,
      recordBytes: RECORD_BYTES,
      tagBytes: TAG_BYTES,
      batchBytes: BATCH_BYTES,
      batches: BATCHES_AHEAD,
    };
    this.session = SealingThread.shared(layout).open(key, {
      sealed: (batch) => this.sealed(batch),
      failed: (error) => this.failed(error),
    });
    this.batch = this.session.slots[0]!;
  }

  /** Hex SHA-256 of the plain bytes; once the stream has ended. */
  get sha256(): string {
    if (this.digest === undefined) throw new Error('The document is not sealed yet');
    return this.digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let at = 0;
    const fill = (error?: Error): void => {
      if (error) return done(error);
      while (at < chunk.length) {
        // A full batch goes once a byte follows it: none of its records is the final one.
        if (this.filled === BATCH_BYTES) {
          this.send(false);
          if (this.ahead >= BATCHES_AHEAD) return this.wait(fill);
        }
        const copied = chunk.copy(this.batch, this.filled, at);
        this.filled += copied;
        at += copied;
      }
      done();
    };
    fill(this.failure);
  }

  override _flush(done: TransformCallback): void {
    if (this.failure) return done(this.failure);
    this.send(true);
    const drained = (error?: Error): void => {
      if (error) return done(error);
      if (this.ahead > 0) return this.wait(drained);
      done();
    };
    drained();
  }

  override _destroy(error: Error | null, done: (error: Error | null) => void): void {
    this.session.close();
    done(error);
  }

  /** Hands the batch over; the next one is written in the next slot, free once `ahead` allows. */
  private send(last: boolean): void {
    const slot = this.sent % BATCHES_AHEAD;
    this.session.seal({ slot, first: this.index, last, length: this.filled });
    this.index += last ? recordCount(this.filled) : BATCH_RECORDS;
    this.sent++;
    this.ahead++;
    this.batch = this.session.slots[this.sent % BATCHES_AHEAD]!;
    this.filled = 0;
  }

  private wait(then: (error?: Error) => void): void {
    this.waiting = then;
  }

  private sealed({ sealed, digest }: SealedBatch): void {
    this.ahead--;
    if (digest !== undefined) this.digest = digest;
    this.push(sealed);
    this.wake();
  }

  private failed(error: Error): void {
    this.failure = error;
    if (this.waiting) this.wake(error);
    else this.destroy(error);
  }

  private wake(error?: Error): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(error);
  }
}

/** Which records a decryptor reads, and which plain bytes of them it gives out. */
export interface RecordWindow {
  /** First record read (its stored bytes start at `recordOffset(firstRecord)`). */
  firstRecord: number;
  /** Index of the document's final record (from its size). */
  finalRecord: number;
  /** Plain bytes to skip in the first record, and how many to give out in all. */
  skip: number;
  length: number;
}

/** The records and bytes for plain bytes `start`…`end` (inclusive) of a document of `size`. */
export function windowOf(size: number, start: number, end: number): RecordWindow {
  const firstRecord = Math.floor(start / RECORD_BYTES);
  return {
    firstRecord,
    finalRecord: recordCount(size) - 1,
    skip: start - firstRecord * RECORD_BYTES,
    length: end - start + 1,
  };
}

/**
 * Decrypts stored records, releasing a record's bytes only once its tag is verified. Reads the
 * whole document (checking the header) unless given a window of records, as for a Range request;
 * a stream that ends early, has records swapped, or goes on after the final record fails.
 */
export class DocumentDecryptor extends Transform {
  private readonly buffer = new ByteQueue();
  private headerSeen: boolean;
  private index: number;
  private finished = false;
  private skip: number;
  private remaining: number;

  constructor(
    private readonly key: Buffer,
    private readonly window?: RecordWindow,
  ) {
    super({ highWaterMark: 16 * RECORD_BYTES });
    this.headerSeen = window !== undefined;
    this.index = window?.firstRecord ?? 0;
    this.skip = window?.skip ?? 0;
    this.remaining = window?.length ?? Number.POSITIVE_INFINITY;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.buffer.push(chunk);
      if (!this.headerSeen) {
        if (this.buffer.length < HEADER.length) return done();
        if (!this.buffer.take(HEADER.length).equals(HEADER)) {
          throw new DocumentIntegrityError('Unknown document format');
        }
        this.headerSeen = true;
      }
      // A full record with more bytes after it cannot be the final one (unless the window says so).
      while (this.buffer.length > SEALED_RECORD_BYTES && !this.finished) {
        this.release(this.buffer.take(SEALED_RECORD_BYTES), false);
      }
      if (this.finished && this.buffer.length > 0 && this.window === undefined) {
        throw new DocumentIntegrityError('Bytes after the final record');
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (!this.headerSeen) throw new DocumentIntegrityError('Truncated header');
      if (!this.finished) {
        if (this.buffer.length === 0) throw new DocumentIntegrityError('No final record');
        this.release(this.buffer.take(this.buffer.length), true);
        if (!this.finished && this.window === undefined) {
          throw new DocumentIntegrityError('No final record');
        }
      }
      if (this.remaining > 0 && this.remaining !== Number.POSITIVE_INFINITY) {
        throw new DocumentIntegrityError('Truncated document');
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  /** `last`: nothing follows these bytes in the stream. */
  private release(sealed: Buffer, last: boolean): void {
    const final = this.window ? this.index === this.window.finalRecord : last;
    let plain = open(this.key, this.index++, final, sealed);
    if (final) this.finished = true;
    if (this.skip > 0) {
      plain = plain.subarray(this.skip);
      this.skip = 0;
    }
    if (plain.length > this.remaining) plain = plain.subarray(0, this.remaining);
    this.remaining -= plain.length;
    if (plain.length > 0) this.push(plain);
    if (this.window && this.remaining === 0) this.finished = true;
  }
}
