import { Inject, Injectable } from '@nestjs/common';
import type { SessionInfo } from '@guichet/contracts';
import type { Request, Response } from 'express';
import { appConfig, type AppConfig } from '../../core/config/app.config';
import { readCookie } from '../../core/http/read-cookie';
import { sessionCookie } from './session-cookie';

/** Reads and writes the session cookie for the routes that open a session. */
@Injectable()
export class SessionCookies {
  private readonly cookie: ReturnType<typeof sessionCookie>;

  constructor(@Inject(appConfig.KEY) app: AppConfig) {
    this.cookie = sessionCookie(app.publicUrl);
  }

  read(request: Request): string | undefined {
    return readCookie(request, this.cookie.name);
  }

  /** Sets the cookie of a session just opened. */
  set(response: Response, token: string, session: SessionInfo): void {
    const maxAge = Date.parse(session.absoluteExpiresAt) - Date.now();
    // A private computer keeps the cookie across browser restarts; otherwise it dies with them.
    response.cookie(this.cookie.name, token, {
      ...this.cookie.options,
      ...(session.privateComputer ? { maxAge } : {}),
    });
  }

  clear(response: Response): void {
    response.clearCookie(this.cookie.name, this.cookie.options);
  }
}
