import { Inject, Injectable } from '@nestjs/common';
import { AuditEventKind } from '@guichet/contracts';
import { identityConfig, type IdentityConfig } from '../../core/config/identity.config';
import { withAnswerFloor } from '../../core/http/answer-floor';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { CaptchaService } from '../captcha/captcha.service';
import type { ForgotPasswordDto } from './dto/forgot-password.dto';
import type { LostIdentifierDto } from './dto/lost-identifier.dto';
import { PasswordLinks } from './password-links';
import { WorkspaceChoice } from './workspace-choice';

/**
 * IDV-4: "Mot de passe oublié ?" and "J'ai oublié mes identifiants". The answer is the same, in
 * the same time, whether or not an account matches: a reset link (with the access code for the
 * second) goes to the address on file, and to no other.
 */
@Injectable()
export class ForgottenCredentials {
  constructor(
    @Inject(identityConfig.KEY) private readonly config: IdentityConfig,
    private readonly captcha: CaptchaService,
    private readonly choice: WorkspaceChoice,
    private readonly accounts: Accounts,
    private readonly links: PasswordLinks,
    private readonly audit: AuditLog,
  ) {}

  forgotPassword(request: ForgotPasswordDto, ip: string): Promise<void> {
    return this.sendReset(request, request.identifier, false, ip);
  }

  lostIdentifier(request: LostIdentifierDto, ip: string): Promise<void> {
    return this.sendReset(request, request.email, true, ip);
  }

  private sendReset(
    request: { workspace?: string; captcha: string },
    identifier: string,
    withIdentifier: boolean,
    ip: string,
  ): Promise<void> {
    return withAnswerFloor(this.config.answerFloorMs, async () => {
      await this.captcha.verify(request.captcha);
      const workspace = await this.choice.of(request.workspace);
      const account = workspace
        ? await this.accounts.findByIdentifier(workspace.id, identifier)
        : null;
      const sent =
        !!workspace &&
        !!account?.email &&
        !account.locked &&
        (await this.links.sendWithinHourlyCap({
          account,
          workspace,
          purpose: 'reset',
          email: account.email,
          withIdentifier,
          ip,
        }));
      await this.audit.record({
        kind: withIdentifier
          ? AuditEventKind.LostIdentifierRequested
          : AuditEventKind.PasswordResetRequested,
        outcome: sent ? 'success' : 'failure',
        workspaceId: workspace?.id ?? null,
        targetIds: account ? { accountId: account.id } : {},
        ip,
      });
    });
  }
}
