import { isUUID } from 'class-validator';
import type { AuditCursor } from './audit-event';

const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The opaque text an HTTP client gets to ask for the next page. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.occurredAt}|${cursor.id}`).toString('base64url');
}

/** The cursor behind {@link encodeAuditCursor}'s text; null when the text was not made by it. */
export function decodeAuditCursor(text: string): AuditCursor | null {
  const [occurredAt, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !occurredAt || !id) return null;
  if (!EXACT_TIME.test(occurredAt) || Number.isNaN(Date.parse(occurredAt)) || !isUUID(id)) {
    return null;
  }
  return { occurredAt, id };
}
