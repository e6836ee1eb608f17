import { Injectable } from '@nestjs/common';
import { AuditEventKind, type SessionInfo, type SignInOptions } from '@guichet/contracts';
import type { Request, Response } from 'express';
import { AuditLog } from '../audit/audit-log';
import { Workspaces } from '../workspaces/workspaces';
import type { ActiveSession } from './active-session';
import type { SecondFactorVerifyDto } from './dto/second-factor-verify.dto';
import type { SignInDto } from './dto/sign-in.dto';
import { SecondFactorSignIn } from './second-factor/second-factor-sign-in';
import { SessionCookies } from './session-cookies';
import { SessionInfoBuilder } from './session-info';
import { Sessions } from './sessions';
import { SignInService } from './sign-in.service';

/** The HTTP side of signing in and out: cookies around the sign-in and session services. */
@Injectable()
export class AuthService {
  constructor(
    private readonly signInService: SignInService,
    private readonly sessions: Sessions,
    private readonly info: SessionInfoBuilder,
    private readonly workspaces: Workspaces,
    private readonly audit: AuditLog,
    private readonly secondFactorSignIn: SecondFactorSignIn,
    private readonly cookies: SessionCookies,
  ) {}

  async options(): Promise<SignInOptions> {
    const sole = await this.workspaces.sole();
    return { singleWorkspace: sole && { slug: sole.slug, name: sole.name } };
  }

  async signIn(body: SignInDto, request: Request, response: Response): Promise<SessionInfo> {
    const { token, session } = await this.signInService.signIn(body, {
      ip: clientIp(request),
      previousToken: this.cookies.read(request),
    });
    this.cookies.set(response, token, session);
    return session;
  }

  /** Proves the second factor of a waiting session; the new session's cookie replaces the old. */
  async verifySecondFactor(
    session: ActiveSession,
    body: SecondFactorVerifyDto,
    request: Request,
    response: Response,
  ): Promise<SessionInfo> {
    const token = this.cookies.read(request) ?? '';
    const verified = await this.secondFactorSignIn.verify(session, token, body, clientIp(request));
    this.cookies.set(response, verified.token, verified.session);
    return verified.session;
  }

  sendSecondFactorSms(session: ActiveSession): Promise<void> {
    return this.secondFactorSignIn.sendSms(session);
  }

  async signOut(request: Request, response: Response): Promise<void> {
    const token = this.cookies.read(request);
    this.cookies.clear(response);
    const ended = token ? await this.sessions.close(token) : null;
    if (ended) {
      await this.audit.record({
        kind: AuditEventKind.SignedOut,
        outcome: 'success',
        workspaceId: ended.workspaceId,
        actorId: ended.accountId,
        ip: clientIp(request),
      });
    }
  }

  describe(session: ActiveSession): Promise<SessionInfo> {
    return this.info.describeSession(session);
  }
}

/** The caller's address as Express sees it (behind a proxy, set Express's trust proxy). */
export function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
