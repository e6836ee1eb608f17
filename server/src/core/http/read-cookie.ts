import type { Request } from 'express';

/** Reads one cookie from the raw header (no cookie-parsing dependency for two cookies). */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined; // a malformed value counts as no cookie
    }
  }
  return undefined;
}
