import type { Role } from '@guichet/contracts';
import type { ActiveSession } from '../auth/active-session';

/** Who acts on parcels, in which firm, from where (for the audit trail). */
export interface ParcelActor {
  accountId: string;
  workspaceId: string;
  role: Role;
  ip: string | null;
}

export function actorOf(session: ActiveSession, ip: string | undefined): ParcelActor {
  return {
    accountId: session.accountId,
    workspaceId: session.workspaceId,
    role: session.role,
    ip: ip ?? null,
  };
}
