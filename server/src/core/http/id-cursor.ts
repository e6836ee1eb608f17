import { isUUID } from 'class-validator';

/** The opaque text an HTTP client gets for the next page of a keyset list: the last row's id. */
export function encodeIdCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

/** The id behind {@link encodeIdCursor}'s text; null when it did not make it. */
export function decodeIdCursor(text: string): string | null {
  const id = Buffer.from(text, 'base64url').toString('utf8');
  return isUUID(id) && encodeIdCursor(id) === text ? id : null;
}
