import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AuthErrorCode } from '@guichet/contracts';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { appConfig, type AppConfig } from '../config/app.config';
import { AppError } from './app-error';
import { IS_MACHINE_ROUTE } from './machine-route.decorator';
import { readCookie } from './read-cookie';

/** Angular's XSRF convention: it reads this cookie and echoes it in the header below. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Double-submit CSRF defence (AUTH-5), as a global guard so that its refusal goes through the
 * error filter: every answer gives the browser a random XSRF-TOKEN cookie; a state-changing
 * request must carry the same value in X-XSRF-TOKEN. Another site can make the browser send the
 * cookie but cannot read it to set the header. Machine routes (`@MachineRoute()`), which no
 * cookie authenticates, are left out.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly secureCookies: boolean;

  constructor(
    @Inject(appConfig.KEY) app: AppConfig,
    private readonly reflector: Reflector,
  ) {
    this.secureCookies = app.publicUrl.startsWith('https:');
  }

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_MACHINE_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const cookie = readCookie(request, XSRF_COOKIE);
    if (!cookie) {
      response.cookie(XSRF_COOKIE, randomBytes(32).toString('base64url'), {
        httpOnly: false,
        sameSite: 'lax',
        secure: this.secureCookies,
        path: '/',
      });
    }
    if (SAFE_METHODS.has(request.method)) return true;
    const header = request.headers[XSRF_HEADER];
    if (!cookie || typeof header !== 'string' || !same(cookie, header)) {
      throw new AppError(AuthErrorCode.CsrfRejected, 'Missing or wrong X-XSRF-TOKEN header');
    }
    return true;
  }
}
