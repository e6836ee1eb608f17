import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { ActiveSession } from './active-session';

/** A request once the session guard has looked at it. */
export interface SessionRequest extends Request {
  guichetSession?: ActiveSession;
}

/** The session of the current request; only on routes that are not `@Public()`. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActiveSession =>
    context.switchToHttp().getRequest<SessionRequest>().guichetSession!,
);
