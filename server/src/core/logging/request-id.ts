import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

declare module 'express-serve-static-core' {
  interface Request {
    /** This request's id, set by {@link requestIds} before anything else runs. */
    id: string;
  }
}

/** What a proxy or client may choose as an id: short, printable, no spaces or separators. */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/**
 * Gives every request an id (OPS-3): the incoming `X-Request-Id` when it is well formed (a reverse
 * proxy's, so that its logs and ours line up), a new UUID otherwise; echoed in the answer and
 * carried by every log line about the request.
 */
export function requestIds() {
  return (request: Request, response: Response, next: NextFunction): void => {
    const incoming = request.get(REQUEST_ID_HEADER);
    const id = incoming && WELL_FORMED.test(incoming) ? incoming : randomUUID();
    request.id = id;
    response.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}
