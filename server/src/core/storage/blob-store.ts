import type { Readable } from 'node:stream';

/** Inclusive byte range of a stored blob. */
export interface ByteRange {
  start: number;
  end: number;
}

/** A blob key: made by the server only (`<workspace uuid>/<document uuid>`), never from input. */
const KEY =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Refuses anything but a key the server made: no path from a request ever reaches storage. */
export function checkBlobKey(key: string): string {
  if (!KEY.test(key)) throw new Error('Invalid blob key');
  return key;
}

/**
 * Port: where encrypted documents are kept (PARCEL-5). Implementations stream both ways and
 * never hold a blob in memory; a write is all or nothing.
 */
export abstract class BlobStore {
  /** Stores the stream under `key`, visible only once complete; on error nothing is left. */
  abstract write(key: string, source: Readable): Promise<number>;

  /** The blob's bytes, or the inclusive `range` of them. */
  abstract read(key: string, range?: ByteRange): Promise<Readable>;

  /** Removes the blob; removing a missing blob is not an error (the purge may run twice). */
  abstract delete(key: string): Promise<void>;

  abstract exists(key: string): Promise<boolean>;

  /** Removes leftovers of writes interrupted by a crash, older than `olderThanMs`; how many. */
  abstract sweepInterrupted(olderThanMs: number): Promise<number>;
}
