import type { NestExpressApplication } from '@nestjs/platform-express';
import { CommonErrorCode } from '@guichet/contracts';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error';

/** Largest JSON or form body: every form of the API fits in a few kB; documents go through multipart. */
export const JSON_BODY_LIMIT = '100kb';

/**
 * Deepest JSON nesting accepted. No request of the API nests beyond 3 levels; a deeper body is
 * an attack on the recursive class-transformer/class-validator pass, which would exhaust the
 * stack (a 500) on a few thousand levels that fit well under the size limit.
 */
export const MAX_JSON_DEPTH = 32;

/** NUL, or a lone surrogate (with the `u` flag a well-formed pair is one code point, not `Cs`). */
// eslint-disable-next-line no-control-regex -- NUL is the character to find
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** What is wrong with a parsed JSON body, if anything. */
export type BodyFlaw =
  | { kind: 'too-deep' }
  /** A string PostgreSQL cannot store (NUL) or that is not well-formed UTF-16 (lone surrogate). */
  | { kind: 'unstorable-text'; field: string };

/**
 * Walks a parsed JSON value without recursion, so that the walk itself cannot be the stack
 * overflow it guards against, and reports the first flaw it finds.
 */
export function flawOf(value: unknown, maxDepth: number): BodyFlaw | undefined {
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length > 0) {
    const [current, depth, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) {
        return { kind: 'unstorable-text', field: path || 'body' };
      }
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'too-deep' };
    for (const [key, child] of Object.entries(current)) {
      stack.push([child, depth + 1, path ? `${path}.${key}` : key]);
    }
  }
  return undefined;
}

/**
 * Refuses, before any pipe or service sees them, the bodies and query strings that would
 * otherwise end in a 500: deep nesting (stack overflow in class-transformer), NUL (PostgreSQL
 * refuses it in text) and lone surrogates (validator.js's isEmail throws a URIError on them).
 */
function screenInput(request: Request, _response: Response, next: NextFunction): void {
  const flaw = flawOf(request.body, MAX_JSON_DEPTH) ?? flawOf(request.query, MAX_JSON_DEPTH);
  if (flaw?.kind === 'too-deep') {
    next(new AppError(CommonErrorCode.BadRequest, 'The JSON body is nested too deeply'));
  } else if (flaw?.kind === 'unstorable-text') {
    next(
      new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', {
        [flaw.field]: ['wellFormedText'],
      }),
    );
  } else {
    next();
  }
}

/**
 * Parses JSON and form bodies with the limits above. Registered before Nest's own parsers (which
 * then step aside), so that the screening runs on the parsed body before any pipe sees it.
 */
export function readRequestBodies(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: true });
  app.use(screenInput);
}

/**
 * The errors Express's body parsers raise: http-errors objects (`status` = `statusCode`,
 * `expose`), e.g. `entity.too.large`, `charset.unsupported`, a broken gzip stream.
 */
interface BodyParserError {
  status: number;
  expose: boolean;
}

function isBodyParserError(exception: unknown): exception is BodyParserError {
  const candidate = exception as Partial<BodyParserError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.status === 'number' &&
    (candidate as { statusCode?: number }).statusCode === candidate.status &&
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
