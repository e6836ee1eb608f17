import { Transform, type TransformCallback } from 'node:stream';
import type { ScanSession } from '../../../core/antivirus/virus-scanner';
import { SNIFF_BYTES } from './content-type-sniffer';

/** What the inspector was told to enforce and whom to ask. */
export interface InspectionRules {
  /** Most plain bytes accepted; one more aborts the upload with `tooLarge()`. */
  maxBytes: number;
  tooLarge: () => Error;
  /** Called once with the first bytes (the whole file if shorter): names the type or throws. */
  decideType: (head: Buffer, complete: boolean) => string;
  /** The antivirus session that sees every byte before it is stored. */
  scan: ScanSession;
}

/**
 * The plain bytes of an upload on their way to encryption: counted against the limit (the upload
 * stops at the first byte too many, so the disk never holds more), typed from their first 8 KiB
 * before anything is stored, and streamed to the antivirus with back-pressure. (The encryptor
 * hashes them, on its thread.)
 */
export class UploadInspector extends Transform {
  bytes = 0;
  contentType?: string;
  private head: Buffer[] = [];
  private headBytes = 0;

  constructor(private readonly rules: InspectionRules) {
    // Room for a few socket reads each side: fewer pauses between the stages.
    super({ highWaterMark: 1024 * 1024 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.rules.maxBytes) return done(this.rules.tooLarge());
    if (this.contentType === undefined) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes < SNIFF_BYTES) return done();
      this.forwardHead(false, done);
      return;
    }
    this.forward(chunk, done);
  }

  override _flush(done: TransformCallback): void {
    if (this.contentType !== undefined) return done();
    this.forwardHead(true, done);
  }

  private forwardHead(complete: boolean, done: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    try {
      this.contentType = this.rules.decideType(head.subarray(0, SNIFF_BYTES), complete);
    } catch (error) {
      return done(error as Error);
    }
    this.forward(head, done);
  }

  /** To the scanner, then on; synchronously when the scanner needs no wait (or is off). */
  private forward(chunk: Buffer, done: TransformCallback): void {
    let waiting: Promise<void> | void;
    try {
      waiting = this.rules.scan.write(chunk);
    } catch (error) {
      return done(error as Error);
    }
    if (!waiting) {
      this.push(chunk);
      return done();
    }
    waiting.then(() => {
      this.push(chunk);
      done();
    }, done);
  }
}
