import type { AuditEventKind } from '@guichet/contracts';
import type { AuditEventInput } from '../audit/audit-event';
import type { ActiveSession } from './active-session';

/** The audit event of a change the account's owner made to their own account. */
export function ownChange(
  kind: AuditEventKind,
  session: Pick<ActiveSession, 'accountId' | 'workspaceId'>,
  ip: string | null,
): AuditEventInput {
  return {
    kind,
    outcome: 'success',
    workspaceId: session.workspaceId,
    actorId: session.accountId,
    targetIds: { accountId: session.accountId },
    ip,
  };
}
