import { Injectable } from '@nestjs/common';
import { AuditEventKind, IdentityErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { maskEmail } from '../../core/privacy/mask-email';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import type { ActiveSession } from '../auth/active-session';
import { nextStepOf } from '../auth/session-info';
import { Workspaces } from '../workspaces/workspaces';
import type { FlowCaller, StartedFlow } from './flow-start';
import { IdentityFlows } from './identity-flows';

/**
 * IDV-2: a user signed in with a password imported from the previous system confirms the
 * address on file (2b) or gives one (2a); the mailed link then replaces the legacy password.
 */
@Injectable()
export class LegacyMigration {
  constructor(
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly flows: IdentityFlows,
    private readonly audit: AuditLog,
  ) {}

  async start(session: ActiveSession, caller: FlowCaller): Promise<StartedFlow> {
    const [account, workspace] = await Promise.all([
      this.accounts.findById(session.workspaceId, session.accountId),
      this.workspaces.findById(session.workspaceId),
    ]);
    if (!account || !workspace || nextStepOf(account) !== 'legacy-migration') {
      throw new AppError(IdentityErrorCode.WrongStep, 'This account has nothing to migrate');
    }
    const { token, flow } = await this.flows.start(
      {
        kind: 'legacy-migration',
        workspace,
        accountId: account.id,
        step: account.email ? 'confirm-email' : 'enter-email',
        data: {
          shownEmail: account.email ? maskEmail(account.email) : undefined,
          otpSubject: `account:${account.id}`,
        },
      },
      caller.flowToken,
    );
    await this.audit.record({
      kind: AuditEventKind.IdentityFlowStarted,
      outcome: 'success',
      workspaceId: workspace.id,
      actorId: account.id,
      targetIds: { flowId: flow.id, accountId: account.id },
      ip: caller.ip,
    });
    return { token, state: await this.flows.state({ flow, workspace }) };
  }
}
