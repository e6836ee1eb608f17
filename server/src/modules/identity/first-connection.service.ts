import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditEventKind, CommonErrorCode } from '@guichet/contracts';
import { identityConfig, type IdentityConfig } from '../../core/config/identity.config';
import { withAnswerFloor } from '../../core/http/answer-floor';
import { AppError } from '../../core/http/app-error';
import { maskEmail } from '../../core/privacy/mask-email';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { CaptchaService } from '../captcha/captcha.service';
import type { StartFirstConnectionDto } from './dto/start-first-connection.dto';
import type { FlowCaller, StartedFlow } from './flow-start';
import { IdentityFlows } from './identity-flows';
import { WorkspaceChoice } from './workspace-choice';

/**
 * "Première connexion" (IDV-3a): an access code and a CAPTCHA start a flow. With an address on
 * file the user confirms it; otherwise, and for an unknown access code alike (IDV-3c), the user
 * gives an address and a mobile. The answer takes the same time either way.
 */
@Injectable()
export class FirstConnection {
  constructor(
    @Inject(identityConfig.KEY) private readonly config: IdentityConfig,
    private readonly captcha: CaptchaService,
    private readonly choice: WorkspaceChoice,
    private readonly accounts: Accounts,
    private readonly flows: IdentityFlows,
    private readonly audit: AuditLog,
  ) {}

  start(request: StartFirstConnectionDto, caller: FlowCaller): Promise<StartedFlow> {
    return withAnswerFloor(this.config.answerFloorMs, async () => {
      await this.captcha.verify(request.captcha);
      const workspace = await this.choice.of(request.workspace);
      if (!workspace) {
        throw new AppError(CommonErrorCode.ValidationFailed, 'No such workspace', {
          workspace: ['unknown'],
        });
      }
      const account = await this.accounts.findByIdentifier(workspace.id, request.accessCode);
      const { token, flow } = await this.flows.start(
        {
          kind: 'first-connection',
          workspace,
          accountId: account?.id ?? null,
          step: account?.email ? 'confirm-email' : 'contact',
          data: {
            shownEmail: account?.email ? maskEmail(account.email) : undefined,
            otpSubject: account
              ? `account:${account.id}`
              : `access-code:${createHash('sha256').update(`${workspace.id}\n${request.accessCode}`).digest('hex')}`,
          },
        },
        caller.flowToken,
      );
      await this.audit.record({
        kind: AuditEventKind.IdentityFlowStarted,
        outcome: 'success',
        workspaceId: workspace.id,
        targetIds: account ? { flowId: flow.id, accountId: account.id } : { flowId: flow.id },
        ip: caller.ip,
      });
      return { token, state: await this.flows.state({ flow, workspace }) };
    });
  }
}
