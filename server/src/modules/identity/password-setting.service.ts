import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  checkPassword,
  CommonErrorCode,
  DEFAULT_PASSWORD_RULES,
  IdentityErrorCode,
  type PasswordLinkInfo,
  type SetPasswordResult,
} from '@guichet/contracts';
import { DEFAULT_PASSWORD_POLICY } from '@guichet/password-policy';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { PublicLinks } from '../../core/http/public-links';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { Sessions } from '../auth/sessions';
import { MailTemplate } from '../mail/mail-template';
import { Outbox } from '../outbox/outbox';
import type { Workspace } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';
import type { SetPasswordDto } from './dto/set-password.dto';
import { tokenHash } from './password-links';
import { isUsable, type PasswordSetLink } from './password-set-link';
import { PasswordSetLinkRepository } from './password-set-link.repository';

interface LiveLink {
  link: PasswordSetLink;
  account: Account;
  workspace: Workspace;
}

const linkInvalid = () =>
  new AppError(IdentityErrorCode.LinkInvalid, 'This link is unknown, used, replaced or expired');

/**
 * The password page behind a mailed link (IDV-5, IDV-6): what it shows, and setting the password.
 * Setting it never signs anyone in: it ends every session of the account, and the user signs in.
 */
@Injectable()
export class PasswordSetting {
  constructor(
    private readonly repository: PasswordSetLinkRepository,
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly outbox: Outbox,
    private readonly links: PublicLinks,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async describe(token: string, ip: string): Promise<PasswordLinkInfo> {
    const { link, account, workspace } = await this.live(token, ip);
    return {
      purpose: link.purpose,
      workspace: { slug: workspace.slug, name: workspace.name },
      identifier: account.accessCode,
      civility: account.civility,
      firstName: account.firstName,
      lastName: account.lastName,
      termsRequired: link.purpose === 'invitation',
      rules: DEFAULT_PASSWORD_RULES,
      policy: DEFAULT_PASSWORD_POLICY,
      context: {
        workspaceName: workspace.name,
        workspaceCode: workspace.slug,
        firstName: account.firstName,
        lastName: account.lastName,
        email: link.email,
        accessCode: account.accessCode,
      },
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  async use(request: SetPasswordDto, ip: string): Promise<SetPasswordResult> {
    const { link, account, workspace } = await this.live(request.token, ip);
    const fields: Record<string, string[]> = {};
    const unmet = checkPassword(request.password, DEFAULT_PASSWORD_RULES)
      .filter((check) => !check.met)
      .map((check) => check.rule);
    if (unmet.length > 0) fields.password = unmet;
    const termsRequired = link.purpose === 'invitation';
    if (termsRequired && request.acceptTerms !== true) fields.acceptTerms = ['required'];
    if (Object.keys(fields).length > 0) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'The password cannot be set', fields);
    }
    // Hashed before the transaction: argon2id takes tens of milliseconds, no lock should wait.
    const passwordHash = await this.hasher.hash(request.password);
    const changedAt = new Date();
    await this.transactions.run(async () => {
      // Checked again under the update: of two concurrent uses only one gets through.
      if (!(await this.repository.markUsed(link.id))) throw linkInvalid();
      await this.accounts.setChosenPassword({
        accountId: account.id,
        passwordHash,
        email: link.email,
        termsAcceptedAt: termsRequired ? changedAt : null,
      });
      await this.repository.voidAllOf(account.id);
      await this.sessions.closeAllOf(account.id);
      await this.outbox.enqueueMail(
        {
          template: MailTemplate.PasswordChanged,
          workspaceName: workspace.name,
          to: {
            email: link.email,
            language: account.language,
            civility: account.civility,
            firstName: account.firstName,
            lastName: account.lastName,
          },
          variables: { signInLink: this.signInLink(workspace, account), changedAt },
        },
        { workspaceId: workspace.id, idempotencyKey: `password-set:${link.id}` },
      );
      await this.audit.record({
        kind: AuditEventKind.PasswordSet,
        outcome: 'success',
        workspaceId: workspace.id,
        actorId: account.id,
        targetIds: { accountId: account.id, linkId: link.id },
        ip,
      });
    });
    return { workspace: workspace.slug, identifier: account.accessCode };
  }

  /** AUTH-2's deep link: the sign-in page with the firm and the identifier filled in. */
  private signInLink(workspace: Workspace, account: Account): string {
    return this.links.to(`/w/${workspace.slug}/login`, { login: account.accessCode });
  }

  /** The usable link of a token with its account and firm, or 410 whatever is wrong with it. */
  private async live(token: string, ip: string): Promise<LiveLink> {
    const link = await this.repository.findByTokenHash(tokenHash(token));
    const [account, workspace] = link
      ? await Promise.all([
          this.accounts.findById(link.workspaceId, link.accountId),
          this.workspaces.findById(link.workspaceId),
        ])
      : [null, null];
    if (!link || !isUsable(link) || !account || !workspace) {
      await this.audit.record({
        kind: AuditEventKind.PasswordLinkRejected,
        outcome: 'failure',
        workspaceId: link?.workspaceId ?? null,
        targetIds: link ? { accountId: link.accountId, linkId: link.id } : {},
        ip,
      });
      throw linkInvalid();
    }
    return { link, account, workspace };
  }
}
