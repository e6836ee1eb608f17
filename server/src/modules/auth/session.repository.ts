import type { Role } from '@guichet/contracts';
import type { NewAuditEvent } from '../audit/audit-event';

export interface NewSession {
  tokenHash: Buffer;
  accountId: string;
  workspaceId: string;
  privateComputer: boolean;
  lastSeenAt: Date;
  idleExpiresAt: Date | null;
  absoluteExpiresAt: Date;
  secondFactorPending: boolean;
  passwordChangePending: boolean;
}

/** A stored session with what authorisation needs of its account. */
export interface StoredSession extends NewSession {
  id: string;
  role: Role;
  accountLocked: boolean;
}

/** Port: server-side sessions. */
export abstract class SessionRepository {
  /** Stores a new session; with `event`, appends that audit event in the same statement. */
  abstract add(session: NewSession, event?: NewAuditEvent): Promise<string>;

  abstract findByTokenHash(tokenHash: Buffer): Promise<StoredSession | null>;

  abstract touch(id: string, lastSeenAt: Date, idleExpiresAt: Date | null): Promise<void>;

  abstract remove(id: string): Promise<void>;

  /** "Sign out everywhere". */
  abstract removeAllOf(accountId: string): Promise<void>;
}
