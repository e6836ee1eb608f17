import type { RetentionCandidate } from './retention-rule';

/** Port: what the built-in retention rules read and clear. */
export abstract class RetentionRepository {
  /** Client accounts whose last sign-in (or creation, never signed in) is before `cutoff`. */
  abstract countInactiveClients(workspaceId: string, cutoff: Date): Promise<number>;

  abstract inactiveClients(workspaceId: string, cutoff: Date, limit: number): Promise<string[]>;

  /** Client accounts last active in [from, to), oldest first, with their names for the admin. */
  abstract clientsActiveBetween(
    workspaceId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }>;

  /**
   * Leads not erased yet whose last contact from the person (or creation, when none) is before
   * `cutoff`.
   */
  abstract countSilentLeads(workspaceId: string, cutoff: Date): Promise<number>;

  abstract silentLeads(workspaceId: string, cutoff: Date, limit: number): Promise<string[]>;

  /** Leads last heard from in [from, to), oldest first, with their names for the admin. */
  abstract leadsLastHeardBetween(
    workspaceId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ count: number; first: RetentionCandidate[] }>;

  /** Audit events still holding a network prefix, recorded before `cutoff`. */
  abstract countAuditIps(workspaceId: string | null, cutoff: Date): Promise<number>;

  abstract countAuditIpsBetween(workspaceId: string | null, from: Date, to: Date): Promise<number>;

  /** Clears the prefix of at most `limit` of them (the one UPDATE the trail accepts). */
  abstract clearAuditIps(workspaceId: string | null, cutoff: Date, limit: number): Promise<number>;
}
