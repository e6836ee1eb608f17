import type { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import yazl from 'yazl';
import type { DocumentContent, ParcelArchive } from './document-download.service';
import { sanitizeFileName } from '../upload/file-name';

const logger = new Logger('DocumentResponse');

/**
 * Shown in the page only with these: no script, no plugin but the PDF viewer, no network, a
 * sandboxed origin; and the browser may not guess another type than the one sent.
 */
const INLINE_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; plugin-types application/pdf; frame-ancestors 'self'; sandbox";
const DOWNLOAD_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** `attachment; filename="…"; filename*=UTF-8''…` with an ASCII fallback for old clients. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Whether a request reads a document from its start (a new read, recorded) or goes on with one. */
export function isContinuation(request: Request): boolean {
  const range = request.headers.range;
  return typeof range === 'string' && !/^bytes=0-/.test(range.trim());
}

function commonHeaders(response: Response, policy: string): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', policy);
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** Streams a source to the response; a failure mid-way cuts the response short, never pads it. */
function stream(source: Readable, response: Response): Promise<void> {
  return new Promise((resolve) => {
    source.on('error', (error) => {
      logger.warn(`A document stream failed: ${error.message}`);
      response.destroy();
      resolve();
    });
    response.on('close', () => {
      source.destroy();
      resolve();
    });
    source.pipe(response);
  });
}

/**
 * Waits for the first decrypted bytes (or the end), so that a document whose first record does not
 * authenticate fails before any header is sent: the caller gets an error, not a broken file.
 */
function firstBytes(source: Readable): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      source.off('readable', ready).off('end', ready).off('error', settle);
      if (error) reject(error);
      else resolve(source);
    };
    const ready = () => settle();
    source.once('readable', ready).once('end', ready).once('error', settle);
  });
}

/**
 * Answers one document (PARCEL-4): whole or one byte range (206, `Content-Range`; 416 when out of
 * bounds); inline only when asked and the type is safe to show, every other file as a download
 * typed `application/octet-stream`.
 */
export async function sendDocument(
  request: Request,
  response: Response,
  content: DocumentContent,
  wanted: 'inline' | 'attachment' | undefined,
): Promise<void> {
  const inline = wanted === 'inline' && content.viewable;
  const ranges =
    request.headers.range && content.size > 0 ? request.range(content.size) : undefined;
  if (ranges === -1) {
    response.status(416).setHeader('Content-Range', `bytes */${content.size}`);
    response.end();
    return;
  }
  // A malformed header, or several ranges, is answered with the whole document (RFC 9110).
  const range =
    Array.isArray(ranges) && ranges.length === 1 && ranges.type === 'bytes'
      ? ranges[0]!
      : undefined;
  const source = await firstBytes(await content.read(range));
  commonHeaders(response, inline ? INLINE_POLICY : DOWNLOAD_POLICY);
  response.setHeader('Accept-Ranges', 'bytes');
  response.setHeader(
    'Content-Type',
    !content.viewable
      ? 'application/octet-stream'
      : content.contentType === 'text/plain'
        ? 'text/plain; charset=utf-8'
        : content.contentType,
  );
  response.setHeader(
    'Content-Disposition',
    contentDisposition(inline ? 'inline' : 'attachment', content.name),
  );
  if (range) {
    response.status(206);
    response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${content.size}`);
    response.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    response.status(200).setHeader('Content-Length', String(content.size));
  }
  await stream(source, response);
}

/** Every document of a parcel in one zip, streamed (stored, not compressed: no temporary file). */
export async function sendArchive(response: Response, archive: ParcelArchive): Promise<void> {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const used = new Set<string>();
  for (const document of archive.documents) {
    zip.addReadStreamLazy(
      uniqueName(document.name, used),
      { compress: false, size: document.size, mtime: new Date() },
      (callback) => {
        document.read().then(
          (source) => {
            source.on('error', (error: Error) => output.destroy(error));
            callback(null, source);
          },
          (error: Error) => callback(error, undefined as unknown as Readable),
        );
      },
    );
  }
  commonHeaders(response, DOWNLOAD_POLICY);
  response.setHeader('Content-Type', 'application/zip');
  response.setHeader(
    'Content-Disposition',
    contentDisposition('attachment', `${sanitizeFileName(archive.name)}.zip`),
  );
  // A document that fails to decrypt fails the zip: the download stops short instead of lying.
  zip.on('error', (error: Error) => output.destroy(error));
  zip.end();
  await stream(output, response);
}

/** `a.pdf`, then `a (2).pdf`: entries of one zip need distinct names. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
