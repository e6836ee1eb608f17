import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Each thread computes the argon2id jobs it is sent, one after the other, straight from its
 * message queue: when a hash ends the next one starts on that core at once, without waiting for
 * the main thread to hand it over.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { hashSync, verifySync } = require(workerData.argon2);
parentPort.on('message', ({ id, verify, password, phc, options }) => {
  try {
    const value = verify ? verifySync(phc, password) : hashSync(password, options);
    parentPort.postMessage({ id, value });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) });
  }
});
`;

/** How long threads without a job wait for the next one before they stop. */
const IDLE_MS = 60_000;

/**
 * Jobs sent to a thread at once: the one it computes and the next, so that it starts that one as
 * soon as it is done. The others wait here, first come first served.
 */
const SENT_PER_THREAD = 2;

/** One argon2id computation: a new hash with `options`, or a check of `password` against `phc`. */
type HashingJob =
  | { verify: false; password: string; options: object }
  | { verify: true; password: string; phc: string };

interface Answer {
  id: number;
  value?: string | boolean;
  error?: string;
}

interface Pending {
  job: HashingJob;
  resolve: (value: string | boolean) => void;
  reject: (error: Error) => void;
}

/** A thread and the jobs sent to it that it has not answered yet. */
interface Lane {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * One thread per core for argon2id, shared by the whole process (PWD-7). The binding's own async
 * calls run on libuv's pool of four threads, where each next hash waits for the event loop to hand
 * it over, and a hash costs more CPU than on a thread of its own (2 cores, two at a time: 241–285
 * against 317–323 hashes/s; decision 0008). Here each thread holds its next job, the rest wait in
 * one line; libuv's pool is left to files.
 */
export class HashingThreads {
  private static current?: HashingThreads;
  private readonly lanes: Lane[];
  private readonly waiting: Pending[] = [];
  private nextId = 0;
  private idle?: NodeJS.Timeout;

  /** The running threads, started on first use and again after a crash or an idle minute. */
  static shared(): HashingThreads {
    HashingThreads.current ??= new HashingThreads(availableParallelism());
    return HashingThreads.current;
  }

  private constructor(size: number) {
    this.lanes = Array.from({ length: size }, () => this.start());
  }

  hash(password: string, options: object): Promise<string> {
    return this.run({ verify: false, password, options }) as Promise<string>;
  }

  verify(phc: string, password: string): Promise<boolean> {
    return this.run({ verify: true, password, phc }) as Promise<boolean>;
  }

  private run(job: HashingJob): Promise<string | boolean> {
    clearTimeout(this.idle);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** Sends waiting jobs, oldest first, to the threads with the fewest jobs out. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      const lane = this.lanes.reduce((least, l) =>
        l.pending.size < least.pending.size ? l : least,
      );
      if (lane.pending.size >= SENT_PER_THREAD) return;
      const pending = this.waiting.shift()!;
      const id = ++this.nextId;
      lane.pending.set(id, pending);
      lane.worker.ref();
      lane.worker.postMessage({ id, ...pending.job });
    }
  }

  private start(): Lane {
    const worker = new Worker(SCRIPT, {
      eval: true,
      workerData: { argon2: require.resolve('@node-rs/argon2') },
    });
    const lane: Lane = { worker, pending: new Map() };
    worker.on('message', (answer: Answer) => this.answered(lane, answer));
    worker.on('error', (error) => this.died(error));
    worker.on('exit', (code) => this.died(new Error(`A hashing thread stopped (${code})`)));
    // Only jobs under way keep the process alive (after the listeners: they ref it).
    worker.unref();
    return lane;
  }

  private answered(lane: Lane, { id, value, error }: Answer): void {
    const pending = lane.pending.get(id);
    if (!pending) return;
    lane.pending.delete(id);
    if (error !== undefined) pending.reject(new Error(error));
    else pending.resolve(value!);
    this.dispatch();
    if (lane.pending.size === 0) lane.worker.unref();
    this.stopWhenIdle();
  }

  /**
   * A thread failed: the jobs it and the others were computing are refused, those still waiting
   * go to new threads.
   */
  private died(error: Error): void {
    if (HashingThreads.current === this) HashingThreads.current = undefined;
    this.stop();
    for (const lane of this.lanes) {
      for (const pending of lane.pending.values()) pending.reject(error);
      lane.pending.clear();
    }
    const waiting = this.waiting.splice(0);
    if (waiting.length === 0) return;
    const next = HashingThreads.shared();
    next.waiting.push(...waiting);
    next.dispatch();
  }

  private stopWhenIdle(): void {
    if (this.waiting.length > 0 || this.lanes.some((lane) => lane.pending.size > 0)) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (HashingThreads.current === this) HashingThreads.current = undefined;
      this.stop();
    }, IDLE_MS).unref();
  }

  private stop(): void {
    clearTimeout(this.idle);
    for (const lane of this.lanes) {
      lane.worker.removeAllListeners('exit');
      void lane.worker.terminate();
    }
  }
}
