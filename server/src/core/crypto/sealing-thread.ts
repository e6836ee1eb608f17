import { Worker } from 'node:worker_threads';

/**
 * The worker: per session (one document), SHA-256 of the plain bytes carried over its batches,
 * and each record of a batch sealed with AES-256-GCM (nonce = record index, associated data =
 * header | index | final flag — the format of `document-cipher.ts`, whose decryptor checks it).
 * The plain bytes of a batch are read in place from the session's shared slots; its sealed records
 * come back in one buffer whose memory is moved, not copied.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createCipheriv, createHash } = require('node:crypto');
const { header, recordBytes, tagBytes, batchBytes } = workerData;
const sessions = new Map();
const nonce = Buffer.alloc(12);
const aad = Buffer.alloc(header.length + 9);
aad.set(header);
parentPort.on('message', (message) => {
  const { session } = message;
  if (message.forget) return void sessions.delete(session);
  if (message.key) {
    sessions.set(session, { key: message.key, slots: message.slots, hash: createHash('sha256') });
  }
  const { slot, first, last, length } = message;
  try {
    const { key, hash, slots } = sessions.get(session);
    const bytes = Buffer.from(slots, slot * batchBytes, length);
    hash.update(bytes);
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
    const digest = last ? hash.digest('hex') : undefined;
    if (last) sessions.delete(session);
    parentPort.postMessage({ session, sealed: sealed.buffer, digest }, [sealed.buffer]);
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

interface Listener {
  sealed: (batch: SealedBatch) => void;
  failed: (error: Error) => void;
}

/**
 * One worker thread, shared by every upload, that hashes and seals documents while the main
 * thread reads the next bytes from the socket: the two cores work at once. Bytes cross in batches
 * of 1 MiB — written in memory shared with the thread, sealed records moved back — one message
 * each way per MiB, so the hand-off costs little (measured: sending every socket read to a
 * hashing worker cost more than hashing) and makes no garbage on the main thread.
 */
export class SealingThread {
  private static current?: SealingThread;
  private readonly worker: Worker;
  private readonly layout: RecordLayout;
  private readonly listeners = new Map<number, Listener>();
  private sessions = 0;
  private idle?: NodeJS.Timeout;

  /** The running thread, started on first use and again after a crash. */
  static shared(layout: RecordLayout): SealingThread {
    SealingThread.current ??= new SealingThread(layout);
    return SealingThread.current;
  }

  private constructor(layout: RecordLayout) {
    this.layout = layout;
    this.worker = new Worker(SCRIPT, { eval: true, workerData: layout });
    this.worker.on('message', (answer: Answer) => this.answered(answer));
    const died = (error: Error) => {
      if (SealingThread.current === this) SealingThread.current = undefined;
      for (const listener of this.listeners.values()) listener.failed(error);
      this.listeners.clear();
    };
    this.worker.on('error', died);
    this.worker.on('exit', (code) => died(new Error(`The sealing thread stopped (${code})`)));
    // Only documents being sealed keep the process alive (after the listeners: they ref it).
    this.worker.unref();
  }

  /** Starts a document sealed with `key`; its batches are answered through `listener`. */
  open(key: Buffer, listener: Listener): SealingSession {
    const session = ++this.sessions;
    this.listeners.set(session, listener);
    clearTimeout(this.idle);
    this.worker.ref();
    // Shared, not moved: the main thread writes a batch, the worker reads it, no buffer is made.
    const { batchBytes, batches } = this.layout;
    const shared = new SharedArrayBuffer(batchBytes * batches);
    const slots = Array.from({ length: batches }, (_, i) =>
      Buffer.from(shared, i * batchBytes, batchBytes),
    );
    let opened = false;
    return {
      slots,
      seal: (batch) => {
        this.worker.postMessage({ session, ...batch, ...(opened ? {} : { key, slots: shared }) });
        opened = true;
      },
      close: () => {
        if (this.listeners.delete(session) && opened) {
          this.worker.postMessage({ session, forget: true });
        }
        this.stopWhenIdle();
      },
    };
  }

  private answered({ session, sealed, digest, error }: Answer): void {
    const listener = this.listeners.get(session);
    if (!listener) return;
    if (error !== undefined || !sealed) {
      this.listeners.delete(session);
      listener.failed(new Error(`Sealing failed: ${error}`));
    } else {
      if (digest !== undefined) this.listeners.delete(session);
      listener.sealed({ sealed: Buffer.from(sealed), digest });
    }
    this.stopWhenIdle();
  }

  /** A thread with no document for a while stops; the next upload starts another. */
  private stopWhenIdle(): void {
    if (this.listeners.size > 0) return;
    this.worker.unref();
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.listeners.size > 0) return;
      if (SealingThread.current === this) SealingThread.current = undefined;
      void this.worker.terminate();
    }, IDLE_MS).unref();
  }
}
