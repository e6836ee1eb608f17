import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthErrorCode, CommonErrorCode, type ErrorCode, type Role } from '@guichet/contracts';
import type { Response } from 'express';
import { appConfig, type AppConfig } from '../../core/config/app.config';
import { readCookie } from '../../core/http/read-cookie';
import { AppError } from '../../core/http/app-error';
import { HIDDEN_WITHOUT_SESSION } from '../../core/http/hidden-without-session.decorator';
import { IS_PUBLIC } from '../../core/http/public.decorator';
import { REQUIRED_ROLES } from '../../core/http/roles.decorator';
import {
  ALLOW_PENDING_PASSWORD_CHANGE,
  ALLOW_PENDING_SECOND_FACTOR,
} from './allow-pending-second-factor.decorator';
import { Workspaces } from '../workspaces/workspaces';
import { sessionCookie } from './session-cookie';
import type { SessionRequest } from './session-request';
import { Sessions } from './sessions';

/**
 * Global guard: every route needs a live session unless `@Public()`; `@Roles()` narrows it.
 * Expiry is enforced here, on the server, whatever the browser believes (AUTH-6).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly cookie: ReturnType<typeof sessionCookie>;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
    private readonly workspaces: Workspaces,
    @Inject(appConfig.KEY) app: AppConfig,
  ) {
    this.cookie = sessionCookie(app.publicUrl);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const token = readCookie(request, this.cookie.name);
    if (token) {
      request.guichetSession =
        (await this.sessions.resume(
          token,
          async (workspaceId) =>
            (await this.workspaces.findById(workspaceId))?.idleTimeoutMinutes ?? 20,
          !isPublic,
        )) ?? undefined;
      if (!request.guichetSession) {
        context
          .switchToHttp()
          .getResponse<Response>()
          .clearCookie(this.cookie.name, this.cookie.options);
        if (!isPublic) throw new AppError(AuthErrorCode.SessionExpired, 'The session has ended');
      }
    }
    if (isPublic) return true;
    const session = request.guichetSession;
    if (!session) {
      const hidden = this.reflector.getAllAndOverride<ErrorCode | undefined>(
        HIDDEN_WITHOUT_SESSION,
        targets,
      );
      if (hidden) throw new AppError(hidden, 'Not found');
      throw new AppError(CommonErrorCode.Unauthenticated, 'Sign in first');
    }
    const allows = (key: string) => this.reflector.getAllAndOverride<boolean>(key, targets);
    if (session.secondFactorPending) {
      if (!allows(ALLOW_PENDING_SECOND_FACTOR)) {
        throw new AppError(AuthErrorCode.SecondFactorRequired, 'Prove the second factor first');
      }
    } else if (session.passwordChangePending && !allows(ALLOW_PENDING_PASSWORD_CHANGE)) {
      throw new AppError(AuthErrorCode.PasswordChangeRequired, 'Change the password first');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(session.role)) {
      throw new AppError(CommonErrorCode.Forbidden, 'Not allowed for this account');
    }
    return true;
  }
}
