import { isUUID } from 'class-validator';

/** The opaque text an HTTP client gets for the next page: the last account of this one. */
export function encodeAccountCursor(accountId: string): string {
  return Buffer.from(accountId).toString('base64url');
}

/** The account id behind {@link encodeAccountCursor}'s text; null when it did not make it. */
export function decodeAccountCursor(text: string): string | null {
  const id = Buffer.from(text, 'base64url').toString('utf8');
  return isUUID(id) && encodeAccountCursor(id) === text ? id : null;
}
