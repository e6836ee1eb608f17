import { connect, type Socket } from 'node:net';
import type { AntivirusConfig } from '../config/antivirus.config';
import {
  type ScanSession,
  ScanUnavailableError,
  type ScanVerdict,
  VirusScanner,
} from './virus-scanner';

/** clamd takes INSTREAM chunks of any size up to its StreamMaxLength; smaller keeps memory flat. */
const CHUNK_BYTES = 256 * 1024;

/** Reads clamd's answer: `stream: OK`, `stream: <name> FOUND`, or an error line. */
export function parseClamdReply(reply: string): ScanVerdict {
  const text = reply.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(text)) return { clean: true };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found) return { clean: false, threat: found[1]! };
  throw new ScanUnavailableError(`clamd answered: ${text.slice(0, 200) || '(nothing)'}`);
}

/** A document streamed to clamd with the INSTREAM command (length-prefixed chunks, then 0). */
class ClamdSession implements ScanSession {
  private failure?: Error;
  private readonly reply: Promise<string>;

  constructor(
    private readonly socket: Socket,
    timeoutMs: number,
  ) {
    socket.setTimeout(timeoutMs, () => socket.destroy(new ScanUnavailableError('clamd timed out')));
    this.reply = new Promise<string>((resolve, reject) => {
      const parts: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => parts.push(chunk));
      socket.on('error', (error) => {
        this.failure = error;
        reject(new ScanUnavailableError(`clamd: ${error.message}`));
      });
      socket.on('close', () => resolve(Buffer.concat(parts).toString('utf8')));
    });
    this.reply.catch(() => undefined);
    socket.write('zINSTREAM\0');
  }

  async write(chunk: Buffer): Promise<void> {
    for (let offset = 0; offset < chunk.length; offset += CHUNK_BYTES) {
      const piece = chunk.subarray(offset, offset + CHUNK_BYTES);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(piece.length);
      await this.send(Buffer.concat([length, piece]));
    }
  }

  async finish(): Promise<ScanVerdict> {
    await this.send(Buffer.alloc(4));
    return parseClamdReply(await this.reply);
  }

  abort(): void {
    this.socket.destroy();
  }

  private send(bytes: Buffer): Promise<void> {
    // clamd closes early when it refuses the stream (size limit): that is no verdict.
    if (this.failure || this.socket.destroyed || this.socket.writableEnded) {
      return Promise.reject(new ScanUnavailableError('clamd closed the connection'));
    }
    return new Promise((resolve, reject) => {
      this.socket.write(bytes, (error) =>
        error ? reject(new ScanUnavailableError(`clamd: ${error.message}`)) : resolve(),
      );
    });
  }
}

/** clamd over its Unix socket or TCP (`CLAMD_SOCKET`, `CLAMD_HOST`/`CLAMD_PORT`). */
export class ClamdScanner extends VirusScanner {
  readonly enabled = true;

  constructor(
    private readonly target: NonNullable<AntivirusConfig['target']>,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  start(): Promise<ScanSession> {
    return new Promise((resolve, reject) => {
      const socket = connect(this.target);
      const timer = setTimeout(
        () => socket.destroy(new Error('connection timed out')),
        this.timeoutMs,
      );
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new ScanUnavailableError(`clamd unreachable: ${error.message}`));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new ClamdSession(socket, this.timeoutMs));
      });
    });
  }
}

/** No antivirus configured. */
export class NoVirusScanner extends VirusScanner {
  readonly enabled = false;

  start(): Promise<ScanSession> {
    return Promise.resolve({
      write: () => undefined,
      finish: () => Promise.resolve({ clean: true }),
      abort: () => undefined,
    });
  }
}
