import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import type { NewAuditEvent } from '../audit/audit-event';
import type { Workspace } from '../workspaces/workspace';
import type { ActiveSession } from './active-session';
import { SessionRepository, type StoredSession } from './session.repository';

const MINUTE = 60_000;
/** Extending the idle expiry at most this often spares a database write on every request. */
const TOUCH_EVERY_MS = 30_000;

/** A session just opened: the token goes into the cookie and nowhere else. */
export interface OpenedSession {
  token: string;
  idleExpiresAt: Date | null;
  absoluteExpiresAt: Date;
}

/** How a session starts. */
export interface SessionOptions {
  privateComputer: boolean;
  /** The session the browser presented, ended first (no fixation). */
  previousToken?: string;
  /** Password proven, second factor not yet (AUTH-8). */
  secondFactorPending?: boolean;
  /** Only the change-password step answers until the password is changed (PWD-3…PWD-5). */
  passwordChangePending?: boolean;
  /** An audit event (from `AuditLog.entry`) stored with the session, in the same statement. */
  event?: NewAuditEvent;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest();

/**
 * Server-side sessions (AUTH-5, AUTH-6): a random 256-bit token in the cookie, its hash in the
 * database; idle expiry from the workspace (none on a private computer) and an absolute lifetime.
 */
@Injectable()
export class Sessions {
  constructor(
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
    private readonly repository: SessionRepository,
  ) {}

  /** Opens a new session (a new id at every sign-in: no fixation) and ends the one presented. */
  async open(
    accountId: string,
    workspace: Workspace,
    options: SessionOptions,
  ): Promise<OpenedSession> {
    const { privateComputer, previousToken } = options;
    if (previousToken) await this.close(previousToken);
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const stored = {
      tokenHash: hashOf(token),
      accountId,
      workspaceId: workspace.id,
      privateComputer,
      lastSeenAt: now,
      idleExpiresAt: privateComputer
        ? null
        : new Date(now.getTime() + workspace.idleTimeoutMinutes * MINUTE),
      absoluteExpiresAt: new Date(now.getTime() + this.config.sessionHours * 60 * MINUTE),
      secondFactorPending: options.secondFactorPending ?? false,
      passwordChangePending: options.passwordChangePending ?? false,
    };
    await this.repository.add(stored, options.event);
    return {
      token,
      idleExpiresAt: stored.idleExpiresAt,
      absoluteExpiresAt: stored.absoluteExpiresAt,
    };
  }

  /**
   * The live session of a token, its idle expiry extended when the request is the user's
   * `activity` (not a public route such as the CAPTCHA or a poll); null when there is none or it
   * has expired (an expired one is deleted).
   */
  async resume(
    token: string,
    idleTimeoutMinutes: (workspaceId: string) => Promise<number>,
    activity = true,
  ): Promise<ActiveSession | null> {
    const stored = await this.repository.findByTokenHash(hashOf(token));
    if (!stored) return null;
    const now = Date.now();
    if (this.hasExpired(stored, now)) {
      await this.repository.remove(stored.id);
      return null;
    }
    let idleExpiresAt = stored.idleExpiresAt;
    if (activity && idleExpiresAt && now - stored.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      idleExpiresAt = new Date(now + (await idleTimeoutMinutes(stored.workspaceId)) * MINUTE);
      await this.repository.touch(stored.id, new Date(now), idleExpiresAt);
    }
    return {
      id: stored.id,
      accountId: stored.accountId,
      workspaceId: stored.workspaceId,
      role: stored.role,
      privateComputer: stored.privateComputer,
      idleExpiresAt,
      absoluteExpiresAt: stored.absoluteExpiresAt,
      secondFactorPending: stored.secondFactorPending,
      passwordChangePending: stored.passwordChangePending,
    };
  }

  /**
   * The second factor is proven: the waiting session ends and a full one opens with a new token
   * (a change of privilege gets a new id, AUTH-5).
   */
  async promote(token: string, workspace: Workspace): Promise<OpenedSession | null> {
    const ended = await this.close(token);
    if (!ended?.secondFactorPending) return null;
    return this.open(ended.accountId, workspace, {
      privateComputer: ended.privateComputer,
      passwordChangePending: ended.passwordChangePending,
    });
  }

  /**
   * The password was changed (a change of privilege, AUTH-5): every session of the account ends,
   * the presented one included, and a new one replaces it with a new token.
   */
  async renewAfterPasswordChange(
    session: ActiveSession,
    workspace: Workspace,
  ): Promise<OpenedSession> {
    await this.repository.removeAllOf(session.accountId);
    return this.open(session.accountId, workspace, { privateComputer: session.privateComputer });
  }

  async close(token: string): Promise<ActiveSession | null> {
    const stored = await this.repository.findByTokenHash(hashOf(token));
    if (!stored) return null;
    await this.repository.remove(stored.id);
    return { ...stored };
  }

  closeAllOf(accountId: string): Promise<void> {
    return this.repository.removeAllOf(accountId);
  }

  private hasExpired(session: StoredSession, now: number): boolean {
    return (
      session.accountLocked ||
      session.absoluteExpiresAt.getTime() <= now ||
      (session.idleExpiresAt !== null && session.idleExpiresAt.getTime() <= now)
    );
  }
}
