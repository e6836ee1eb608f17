import { Worker } from 'node:worker_threads';

/** The worker: hashes what it is sent, acknowledges each chunk, gives the digest on `null`. */
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (chunk) => {
  if (chunk === null) return parentPort.postMessage({ digest: hash.digest('hex') });
  hash.update(chunk);
  parentPort.postMessage({ done: chunk.byteLength });
});
`;

/** Bytes sent to the worker and not hashed yet, beyond which the sender waits. */
const HIGH_WATER = 8 * 1024 * 1024;

/**
 * SHA-256 of a stream computed on a worker thread, so that hashing runs on another core while
 * the main thread parses and encrypts. Chunks are copied once and transferred; the sender is
 * held back when the worker falls behind, so memory stays bounded.
 */
export class BackgroundSha256 {
  private readonly worker = new Worker(SCRIPT, { eval: true });
  private inFlight = 0;
  private waiter?: () => void;
  private failure?: Error;
  private digestWaiter?: { resolve: (hex: string) => void; reject: (error: Error) => void };

  constructor() {
    // An abandoned hash never keeps the process alive.
    this.worker.unref();
    this.worker.on('message', (message: { done?: number; digest?: string }) => {
      if (message.digest !== undefined) return this.digestWaiter?.resolve(message.digest);
      this.inFlight -= message.done ?? 0;
      if (this.inFlight <= HIGH_WATER / 2 && this.waiter) {
        const waiter = this.waiter;
        this.waiter = undefined;
        waiter();
      }
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      this.digestWaiter?.reject(error);
      this.waiter?.();
    });
  }

  /** Sends bytes; a promise when the worker is far behind (wait for it before sending more). */
  update(chunk: Buffer): Promise<void> | void {
    if (this.failure) throw this.failure;
    const copy = new Uint8Array(chunk);
    this.inFlight += copy.byteLength;
    this.worker.postMessage(copy, [copy.buffer]);
    if (this.inFlight > HIGH_WATER) return new Promise((resolve) => (this.waiter = resolve));
  }

  /** The hex digest of everything sent; the worker then stops. */
  digest(): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    const digest = new Promise<string>((resolve, reject) => {
      this.digestWaiter = { resolve, reject };
    });
    this.worker.postMessage(null);
    return digest.finally(() => void this.worker.terminate());
  }

  /** Stops the worker without a digest (the upload failed). */
  abort(): void {
    void this.worker.terminate();
  }
}
