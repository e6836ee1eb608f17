import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { appConfig, type AppConfig } from '../../core/config/app.config';
import { readCookie } from '../../core/http/read-cookie';
import { type RecipientSessionRecord, SecureMessageRepository } from './secure-message.repository';
import { newToken, tokenHash } from './secure-message-tokens';

const MINUTE = 60_000;
/** OTP-3: a recipient session lasts at most 12 hours, private computer or not. */
export const RECIPIENT_SESSION_HOURS = 12;
/** Without "private computer", 20 idle minutes end it. */
export const RECIPIENT_IDLE_MINUTES = 20;
/** Extending the idle expiry at most this often spares a write on every request. */
const TOUCH_EVERY_MS = MINUTE;

/**
 * Recipient sessions (OTP-3): their own cookie (HttpOnly, SameSite=Lax, `__Host-` over HTTPS)
 * and table, bound to one workspace and one address; they never authenticate anything else.
 */
@Injectable()
export class RecipientSessions {
  private readonly name: string;
  private readonly options: CookieOptions;

  constructor(
    @Inject(appConfig.KEY) app: AppConfig,
    private readonly repository: SecureMessageRepository,
  ) {
    const secure = app.publicUrl.startsWith('https:');
    this.name = secure ? '__Host-guichet-reader' : 'guichet-reader';
    this.options = { httpOnly: true, secure, sameSite: 'lax', path: '/' };
  }

  /** Opens a session for the address and sets its cookie. */
  async open(
    response: Response,
    workspaceId: string,
    email: string,
    privateComputer: boolean,
  ): Promise<void> {
    const token = newToken();
    const now = Date.now();
    const absoluteExpiresAt = new Date(now + RECIPIENT_SESSION_HOURS * 60 * MINUTE);
    await this.repository.openSession(
      { workspaceId, email, privateComputer, lastSeenAt: new Date(now), absoluteExpiresAt },
      tokenHash(token),
    );
    // A private computer keeps the cookie across browser restarts; otherwise it dies with them.
    response.cookie(this.name, token, {
      ...this.options,
      ...(privateComputer ? { maxAge: absoluteExpiresAt.getTime() - now } : {}),
    });
  }

  /** The live session of the request's cookie, its idle expiry extended; null if none. */
  async current(request: Request): Promise<RecipientSessionRecord | null> {
    const token = readCookie(request, this.name);
    if (!token) return null;
    const session = await this.repository.session(tokenHash(token));
    if (!session) return null;
    const now = Date.now();
    const idleEnd = new Date(session.lastSeenAt).getTime() + RECIPIENT_IDLE_MINUTES * MINUTE;
    if (
      new Date(session.absoluteExpiresAt).getTime() <= now ||
      (!session.privateComputer && idleEnd <= now)
    ) {
      await this.repository.endSession(session.id);
      return null;
    }
    if (now - new Date(session.lastSeenAt).getTime() >= TOUCH_EVERY_MS) {
      await this.repository.touchSession(session.id);
    }
    return session;
  }
}
