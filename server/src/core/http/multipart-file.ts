import { PassThrough, type Readable } from 'node:stream';
import type { Request } from 'express';

/** A file part of a multipart body, still streaming in. */
export interface IncomingFile {
  /** As the browser sent it: untrusted, to be sanitised. */
  fileName: string;
  stream: Readable;
  /** Stops parsing and throws the rest of the body away (after a refusal), storing nothing. */
  discard(): void;
}

/** The body is not multipart, is malformed, or holds no file in the expected field. */
export class NoFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoFileError';
  }
}

/** Longest header block of one part: a name and a file name fit easily. */
const MAX_PART_HEADER = 16 * 1024;
/** Parts skipped before the file at most (form fields sent along). */
const MAX_PARTS = 20;

/** `boundary` of a `multipart/form-data` content type, or null. */
export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]!) : null;
}

/** A quoted-string or token parameter of a header, e.g. `name` of Content-Disposition. */
function parameter(header: string, name: string): string | undefined {
  // Browsers do not escape inside the quotes (they percent-encode `"`), so `\` is a character.
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] ?? match[2];
}

/** `filename*=UTF-8''…` (RFC 5987) wins over `filename="…"`; both stay untrusted text. */
export function fileNameOf(disposition: string): string | undefined {
  const extended = parameter(disposition, 'filename\\*');
  if (extended) {
    const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/.exec(extended);
    if (match && /^utf-8$/i.test(match[1]!)) {
      try {
        return decodeURIComponent(match[2]!);
      } catch {
        // A broken escape: fall back to the plain parameter.
      }
    }
  }
  const plain = parameter(disposition, 'filename');
  // Browsers send UTF-8 bytes in the quoted string; Node read the header as latin1.
  return plain === undefined ? undefined : Buffer.from(plain, 'latin1').toString('utf8');
}

/**
 * How many bytes at the end of `bytes` could be the start of `delimiter` cut by the end of a
 * read: they are held back, the rest is file content. Usually none (the delimiter starts with
 * CR), so the next read is searched as it came instead of being copied after the held bytes.
 */
export function partialDelimiterAtEnd(bytes: Buffer, delimiter: Buffer): number {
  const from = Math.max(0, bytes.length - delimiter.length + 1);
  for (
    let at = bytes.indexOf(delimiter[0]!, from);
    at >= 0;
    at = bytes.indexOf(delimiter[0]!, at + 1)
  ) {
    if (bytes.compare(delimiter, 0, bytes.length - at, at) === 0) return bytes.length - at;
  }
  return 0;
}

/**
 * The first file of field `field` of a multipart request (RFC 7578), as a stream. The file's
 * bytes are found with `Buffer.indexOf` on the delimiter (native code, several GB/s) and passed
 * on as they come, nothing buffered but the delimiter's length; other parts are skipped; a client
 * that goes away mid-file ends the stream with an error instead of leaving it hanging.
 */
export function readMultipartFile(request: Request, field = 'file'): Promise<IncomingFile> {
  return new Promise((resolve, reject) => {
    const boundary = boundaryOf(request.headers['content-type']);
    if (!boundary) return reject(new NoFileError('Not a multipart/form-data body'));
    const delimiter = Buffer.from(`\r\n--${boundary}`);
    // The body starts with the first delimiter, without its CRLF.
    let pending: Buffer = Buffer.from('\r\n');
    let state: 'preamble' | 'headers' | 'skip' | 'file' | 'done' = 'preamble';
    let parts = 0;
    let file: PassThrough | undefined;

    const fail = (message: string) => {
      state = 'done';
      request.off('data', onData);
      request.resume();
      if (file) file.destroy(new Error(message));
      else reject(new NoFileError(message));
    };

    const onData = (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (state === 'preamble' || state === 'skip') {
          const at = pending.indexOf(delimiter);
          if (at < 0) {
            pending = pending.subarray(Math.max(0, pending.length - delimiter.length + 1));
            return;
          }
          const after = pending.subarray(at + delimiter.length);
          if (after.length < 2) return;
          if (after[0] === 0x2d && after[1] === 0x2d) return fail('No file in the upload');
          if (++parts > MAX_PARTS) return fail('Too many parts');
          pending = after;
          state = 'headers';
        }
        if (state === 'headers') {
          const end = pending.indexOf('\r\n\r\n');
          if (end < 0) {
            if (pending.length > MAX_PART_HEADER) return fail('Part headers too long');
            return;
          }
          const headers = pending.subarray(0, end).toString('latin1');
          pending = pending.subarray(end + 4);
          const disposition = /^content-disposition:\s*(.*)$/im.exec(headers)?.[1] ?? '';
          const isField =
            /^form-data\b/i.test(disposition) && parameter(disposition, 'name') === field;
          const fileName = fileNameOf(disposition);
          if (!isField || fileName === undefined) {
            state = 'skip';
            continue;
          }
          state = 'file';
          file = new PassThrough({ highWaterMark: 1024 * 1024 });
          // The consumer may attach later: an early failure is kept (`errored`), never thrown.
          file.on('error', () => undefined);
          // The stream's consumer sets the pace: the request is paused while it is behind.
          file.on('drain', () => request.resume());
          request.once('close', () => {
            if (!request.complete && state === 'file') {
              file?.destroy(new Error('The upload was interrupted'));
            }
          });
          resolve({
            fileName,
            stream: file,
            discard: () => {
              state = 'done';
              request.off('data', onData);
              file?.destroy();
              request.resume();
            },
          });
        }
        if (state === 'file') {
          const at = pending.indexOf(delimiter);
          const safe = at >= 0 ? at : pending.length - partialDelimiterAtEnd(pending, delimiter);
          if (safe > 0 && !file!.write(pending.subarray(0, safe))) request.pause();
          pending = pending.subarray(safe);
          if (at < 0) return;
          state = 'done';
          file!.end();
        }
        if (state === 'done') {
          // The rest of the body (a closing delimiter, other fields) is read and dropped.
          pending = Buffer.alloc(0);
          return;
        }
      }
    };

    request.on('data', onData);
    request.on('end', () => {
      if (state === 'file') file!.destroy(new Error('The body ended inside the file'));
      else if (state !== 'done') fail('No file in the upload');
    });
    request.on('error', (error: Error) => fail(error.message));
  });
}
