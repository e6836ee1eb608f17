import { Worker } from 'node:worker_threads';

/**
 * The workers, one of each role. `hash`: per session (one document), SHA-256 of the plain bytes
 * carried over its batches. `seal`: each record of a batch sealed with AES-256-GCM (nonce =
 * record index, associated data = header | index | final flag — the format of
 * `document-cipher.ts`, whose decryptor checks it), in one buffer whose memory is moved back.
 * Both read a batch in place, at the same time, from the session's shared slots.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createCipheriv, createHash } = require('node:crypto');
const { role, header, recordBytes, tagBytes, batchBytes } = workerData;
const sessions = new Map();
const nonce = Buffer.alloc(12);
const aad = Buffer.alloc(header.length + 9);
aad.set(header);
function seal(key, bytes, first, last, length) {
  const records = Math.max(1, Math.ceil(length / recordBytes));
  const sealed = Buffer.allocUnsafeSlow(length + records * tagBytes);
  let at = 0;
  for (let record = 0; record < records; record++) {
    const index = first + record;
    nonce.writeBigUInt64BE(BigInt(index), 4);
    aad.writeBigUInt64BE(BigInt(index), header.length);
    aad[header.length + 8] = last && record === records - 1 ? 1 : 0;
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(aad);
    const end = Math.min(length, (record + 1) * recordBytes);
    at += cipher.update(bytes.subarray(record * recordBytes, end)).copy(sealed, at);
    cipher.final();
    at += cipher.getAuthTag().copy(sealed, at);
  }
  return sealed;
}
parentPort.on('message', (message) => {
  const { session } = message;
  if (message.forget) return void sessions.delete(session);
  if (message.slots) {
    const hash = role === 'hash' ? createHash('sha256') : null;
    sessions.set(session, { key: message.key, slots: message.slots, hash });
  }
  const { slot, first, last, length } = message;
  try {
    const { key, hash, slots } = sessions.get(session);
    const bytes = Buffer.from(slots, slot * batchBytes, length);
    if (last) sessions.delete(session);
    if (role === 'hash') {
      hash.update(bytes);
      return parentPort.postMessage({ session, digest: last ? hash.digest('hex') : undefined });
    }
    const sealed = seal(key, bytes, first, last, length);
    parentPort.postMessage({ session, sealed: sealed.buffer }, [sealed.buffer]);
  } catch (error) {
    sessions.delete(session);
    parentPort.postMessage({ session, error: String(error && error.message) });
  }
});
`;

/** How long a thread without documents waits for the next one before it stops. */
const IDLE_MS = 30_000;

/** The record layout the worker seals to, and its batches; given by `document-cipher.ts`. */
export interface RecordLayout {
  header: Buffer;
  recordBytes: number;
  tagBytes: number;
  /** Plain bytes of a batch: whole records. */
  batchBytes: number;
  /** Batches of a document out at once: its slots. */
  batches: number;
}

/**
 * Whole records of one document (the last one may be short when `last`), first index `first`,
 * written in `slots[slot]`, which is not touched again until the batch is answered.
 */
export interface PlainBatch {
  slot: number;
  first: number;
  last: boolean;
  length: number;
}

export interface SealedBatch {
  sealed: Buffer;
  /** Hex SHA-256 of every plain byte of the document, with its last batch. */
  digest?: string;
}

/** One document's batches: sealed in order, answered in order. */
export interface SealingSession {
  /** Memory shared with the thread where batches are written, one slot per batch out. */
  slots: Buffer[];
  seal(batch: PlainBatch): void;
  /** The document was abandoned: the worker forgets its key and hash. */
  close(): void;
}

interface Answer {
  session: number;
  sealed?: ArrayBuffer;
  digest?: string;
  error?: string;
}

/** A batch out at the two workers: answered once both are done with it. */
interface Outstanding {
  sealed?: Buffer;
  hashed: boolean;
  digest?: string;
}

interface Session {
  listener: Listener;
  outstanding: Outstanding[];
}

interface Listener {
  sealed: (batch: SealedBatch) => void;
  failed: (error: Error) => void;
}

/**
 * Two worker threads shared by every upload — one hashes, one seals — that work on a document's
 * batches while the main thread reads the next bytes from the socket: hashing is sequential, so
 * splitting it from sealing lets three threads work at once. Bytes cross in batches of 1 MiB —
 * written in memory shared with the threads, sealed records moved back — a message each way per
 * MiB and thread, so the hand-off costs little (measured: sending every socket read to a hashing
 * worker cost more than hashing) and makes no garbage on the main thread.
 */
export class SealingThread {
  private static current?: SealingThread;
  private readonly hasher: Worker;
  private readonly sealer: Worker;
  private readonly layout: RecordLayout;
  private readonly sessions = new Map<number, Session>();
  private opened = 0;
  private idle?: NodeJS.Timeout;

  /** The running threads, started on first use and again after a crash. */
  static shared(layout: RecordLayout): SealingThread {
    SealingThread.current ??= new SealingThread(layout);
    return SealingThread.current;
  }

  private constructor(layout: RecordLayout) {
    this.layout = layout;
    this.hasher = this.start('hash');
    this.sealer = this.start('seal');
  }

  private start(role: 'hash' | 'seal'): Worker {
    const worker = new Worker(SCRIPT, { eval: true, workerData: { ...this.layout, role } });
    worker.on('message', (answer: Answer) => this.answered(role, answer));
    worker.on('error', (error) => this.died(error));
    worker.on('exit', (code) => this.died(new Error(`The ${role} thread stopped (${code})`)));
    // Only documents being sealed keep the process alive (after the listeners: they ref it).
    worker.unref();
    return worker;
  }

  /** Starts a document sealed with `key`; its batches are answered through `listener`. */
  open(key: Buffer, listener: Listener): SealingSession {
    const session = ++this.opened;
    this.sessions.set(session, { listener, outstanding: [] });
    clearTimeout(this.idle);
    this.hasher.ref();
    this.sealer.ref();
    // Shared, not moved: the main thread writes a batch, the workers read it, no buffer is made.
    const { batchBytes, batches } = this.layout;
    const shared = new SharedArrayBuffer(batchBytes * batches);
    const slots = Array.from({ length: batches }, (_, i) =>
      Buffer.from(shared, i * batchBytes, batchBytes),
    );
    let started = false;
    return {
      slots,
      seal: (batch) => {
        this.sessions.get(session)?.outstanding.push({ hashed: false });
        const first = started ? {} : { slots: shared };
        this.hasher.postMessage({ session, ...batch, ...first });
        this.sealer.postMessage({ session, ...batch, ...(started ? {} : { key, slots: shared }) });
        started = true;
      },
      close: () => {
        if (this.sessions.delete(session) && started) {
          this.hasher.postMessage({ session, forget: true });
          this.sealer.postMessage({ session, forget: true });
        }
        this.stopWhenIdle();
      },
    };
  }

  /** Each worker answers a session's batches in order: its n-th answer is for the n-th batch. */
  private answered(role: 'hash' | 'seal', { session, sealed, digest, error }: Answer): void {
    const current = this.sessions.get(session);
    if (!current) return;
    if (error !== undefined) {
      this.sessions.delete(session);
      current.listener.failed(new Error(`Sealing failed: ${error}`));
      return this.stopWhenIdle();
    }
    const batch =
      role === 'hash'
        ? current.outstanding.find((b) => !b.hashed)
        : current.outstanding.find((b) => !b.sealed);
    if (!batch) return;
    if (role === 'hash') {
      batch.hashed = true;
      batch.digest = digest;
    } else {
      batch.sealed = Buffer.from(sealed!);
    }
    while (current.outstanding[0]?.hashed && current.outstanding[0].sealed) {
      const done = current.outstanding.shift()!;
      if (done.digest !== undefined) this.sessions.delete(session);
      current.listener.sealed({ sealed: done.sealed!, digest: done.digest });
    }
    this.stopWhenIdle();
  }

  private died(error: Error): void {
    if (SealingThread.current === this) SealingThread.current = undefined;
    for (const { listener } of this.sessions.values()) listener.failed(error);
    this.sessions.clear();
    void this.hasher.terminate();
    void this.sealer.terminate();
  }

  /** Threads with no document for a while stop; the next upload starts others. */
  private stopWhenIdle(): void {
    if (this.sessions.size > 0) return;
    this.hasher.unref();
    this.sealer.unref();
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.sessions.size > 0) return;
      if (SealingThread.current === this) SealingThread.current = undefined;
      void this.hasher.terminate();
      void this.sealer.terminate();
    }, IDLE_MS).unref();
  }
}
