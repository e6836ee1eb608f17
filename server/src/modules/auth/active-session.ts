import type { Role } from '@guichet/contracts';

/** The session of the request being served, as the session guard resolved it. */
export interface ActiveSession {
  id: string;
  accountId: string;
  workspaceId: string;
  role: Role;
  privateComputer: boolean;
  idleExpiresAt: Date | null;
  absoluteExpiresAt: Date;
  /** Password proven, second factor not yet: only the second-factor routes answer. */
  secondFactorPending: boolean;
  /** Signed in, but only the change-password step answers until the password is changed. */
  passwordChangePending: boolean;
}
