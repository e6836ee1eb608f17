import { createHash } from 'node:crypto';
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
 * stops at the first byte too many, so the disk never holds more), hashed (SHA-256), typed from
 * their first 8 KiB before anything is stored, and streamed to the antivirus with back-pressure.
 */
export class UploadInspector extends Transform {
  bytes = 0;
  contentType?: string;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headBytes = 0;

  constructor(private readonly rules: InspectionRules) {
    super();
  }

  /** Hex SHA-256 of everything that went through; once the stream has ended. */
  digest(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.rules.maxBytes) return done(this.rules.tooLarge());
    this.hash.update(chunk);
    if (this.contentType === undefined) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes < SNIFF_BYTES) return done();
      this.forwardHead(false).then(() => done(), done);
      return;
    }
    this.forward(chunk).then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.contentType !== undefined) return done();
    this.forwardHead(true).then(() => done(), done);
  }

  private async forwardHead(complete: boolean): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.contentType = this.rules.decideType(head.subarray(0, SNIFF_BYTES), complete);
    await this.forward(head);
  }

  private async forward(chunk: Buffer): Promise<void> {
    await this.rules.scan.write(chunk);
    this.push(chunk);
  }
}
