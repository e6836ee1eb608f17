import { Worker } from 'node:worker_threads';

/**
 * The worker: per session (one document), SHA-256 of the plain bytes carried over its batches,
 * and each record of a batch sealed with AES-256-GCM (nonce = record index, associated data =
 * header | index | final flag — the format of `document-cipher.ts`, whose decryptor checks it).
 * A batch comes back as one buffer of sealed records, with the plain buffer for reuse.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createCipheriv, createHash } = require('node:crypto');
const { header, recordBytes, tagBytes } = workerData;
const sessions = new Map();
const nonce = Buffer.alloc(12);
const aad = Buffer.alloc(header.length + 9);
aad.set(header);
parentPort.on('message', (message) => {
  const { session, plain } = message;
  if (message.key) sessions.set(session, { key: message.key, hash: createHash('sha256') });
  if (message.forget) return void sessions.delete(session);
  const { first, last, length } = message;
  try {
    const { key, hash } = sessions.get(session);
    const bytes = Buffer.from(plain, 0, length);
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
    parentPort.postMessage({ session, sealed: sealed.buffer, plain, digest }, [sealed.buffer, plain]);
  } catch (error) {
    sessions.delete(session);
    parentPort.postMessage({ session, error: String(error && error.message), plain }, [plain]);
  }
});
`;

/** How long a thread without documents waits for the next one before it stops. */
const IDLE_MS = 30_000;

/** The record layout the worker seals to; given by `document-cipher.ts`. */
export interface RecordLayout {
  header: Buffer;
  recordBytes: number;
  tagBytes: number;
}

/** Whole records of one document (the last one may be short when `last`), first index `first`. */
export interface PlainBatch {
  first: number;
  last: boolean;
  /** A buffer of its own (`Buffer.allocUnsafeSlow`): its memory moves to the worker and back. */
  plain: Buffer;
  length: number;
}

export interface SealedBatch {
  sealed: Buffer;
  /** The batch's plain buffer, given back to be filled again. */
  plain: Buffer;
  /** Hex SHA-256 of every plain byte of the document, with its last batch. */
  digest?: string;
}

/** One document's batches: sealed in order, answered in order. */
export interface SealingSession {
  seal(batch: PlainBatch): void;
  /** The document was abandoned: the worker forgets its key and hash. */
  close(): void;
}

interface Answer {
  session: number;
  sealed?: ArrayBuffer;
  plain: ArrayBuffer;
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
 * of 1 MiB whose memory is moved, not copied, both ways — one message per MiB, so the hand-off
 * costs little (measured: sending every socket read to a hashing worker cost more than hashing).
 */
export class SealingThread {
  private static current?: SealingThread;
  private readonly worker: Worker;
  private readonly listeners = new Map<number, Listener>();
  private sessions = 0;
  private idle?: NodeJS.Timeout;

  /** The running thread, started on first use and again after a crash. */
  static shared(layout: RecordLayout): SealingThread {
    SealingThread.current ??= new SealingThread(layout);
    return SealingThread.current;
  }

  private constructor(layout: RecordLayout) {
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
    let opened = false;
    return {
      seal: ({ first, last, plain, length }) => {
        const buffer = plain.buffer as ArrayBuffer;
        const message = { session, first, last, plain: buffer, length, key: opened ? null : key };
        opened = true;
        this.worker.postMessage(message, [buffer]);
      },
      close: () => {
        if (this.listeners.delete(session) && opened) {
          this.worker.postMessage({ session, forget: true });
        }
        this.stopWhenIdle();
      },
    };
  }

  private answered({ session, sealed, plain, digest, error }: Answer): void {
    const listener = this.listeners.get(session);
    if (!listener) return;
    if (error !== undefined || !sealed) {
      this.listeners.delete(session);
      listener.failed(new Error(`Sealing failed: ${error}`));
    } else {
      if (digest !== undefined) this.listeners.delete(session);
      listener.sealed({ sealed: Buffer.from(sealed), plain: Buffer.from(plain), digest });
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
