import type { Readable } from 'node:stream';
import busboy from 'busboy';
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

/**
 * The first file of field `field` of a multipart request, as a stream (busboy): nothing is
 * buffered whole, other parts are skipped, and a client that goes away mid-file ends the stream
 * with an error instead of leaving it hanging.
 */
export function readMultipartFile(request: Request, field = 'file'): Promise<IncomingFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { files: 1, fields: 10, fieldSize: 1024, parts: 20, headerPairs: 50 },
        defParamCharset: 'utf8',
      });
    } catch (error) {
      reject(new NoFileError((error as Error).message));
      return;
    }
    let found = false;
    parser.on('file', (name, stream, info) => {
      if (name !== field || found) {
        stream.resume();
        return;
      }
      found = true;
      request.once('close', () => {
        if (!request.complete) stream.destroy(new Error('The upload was interrupted'));
      });
      resolve({
        fileName: info.filename ?? '',
        stream,
        discard: () => {
          request.unpipe(parser);
          stream.destroy();
          request.resume();
        },
      });
    });
    parser.on('error', (error: Error) => {
      if (!found) reject(new NoFileError(error.message));
    });
    parser.on('close', () => {
      if (!found) reject(new NoFileError('No file in the upload'));
    });
    request.pipe(parser);
  });
}
