import type { NestExpressApplication } from '@nestjs/platform-express';
import { CommonErrorCode } from '@guichet/contracts';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error';

/** Largest JSON body: every form of the API fits in a few kB; documents go through multipart. */
export const JSON_BODY_LIMIT = '100kb';

/**
 * Deepest JSON nesting accepted. No request of the API nests beyond 3 levels; a deeper body is
 * an attack on the recursive class-transformer/class-validator pass, which would exhaust the
 * stack (a 500) on a few thousand levels that fit well under the size limit.
 */
export const MAX_JSON_DEPTH = 32;

/** How deep a parsed JSON value nests, walked without recursion, stopping past `limit`. */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

function rejectDeepJson(request: Request, _response: Response, next: NextFunction): void {
  if (depthExceeds(request.body, MAX_JSON_DEPTH)) {
    next(new AppError(CommonErrorCode.BadRequest, 'The JSON body is nested too deeply'));
    return;
  }
  next();
}

/**
 * Parses JSON bodies with the limits above. Registered before Nest's own parser (which then
 * steps aside), so that the depth check runs on the parsed body before any pipe sees it.
 */
export function readJsonBodies(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(rejectDeepJson);
}

/** The error Express's body parsers raise (http-errors with a `type` such as `entity.too.large`). */
interface BodyParserError {
  status: number;
  type: string;
  expose: boolean;
}

function isBodyParserError(exception: unknown): exception is BodyParserError {
  const candidate = exception as Partial<BodyParserError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.type === 'string' &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    candidate.expose === true
  );
}

/** The code for a refused body (too large, unknown charset or encoding, cut short), if it is one. */
export function bodyRefusal(exception: unknown): CommonErrorCode | undefined {
  if (!isBodyParserError(exception)) return undefined;
  if (exception.status === 413) return CommonErrorCode.PayloadTooLarge;
  if (exception.status === 415) return CommonErrorCode.UnsupportedMediaType;
  return CommonErrorCode.BadRequest;
}
