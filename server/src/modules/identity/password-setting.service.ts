import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  CommonErrorCode,
  IdentityErrorCode,
  type PasswordLinkInfo,
  PasswordKind,
  type SetPasswordResult,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { SecondFactors } from '../auth/second-factor/second-factors';
import { SecurityNotices } from '../auth/security-notices';
import { Sessions } from '../auth/sessions';
import { NewPasswords } from '../password-policy/new-passwords';
import { PasswordPolicies } from '../password-policy/password-policies';
import type { PasswordSubject } from '../password-policy/password-subject';
import type { Workspace } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';
import type { SetPasswordDto } from './dto/set-password.dto';
import { PasswordChangedNotice } from './password-changed-notice';
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
 * The "password changed" mail goes to the link's address; when that address replaces another,
 * the replaced one is told too.
 */
@Injectable()
export class PasswordSetting {
  constructor(
    private readonly repository: PasswordSetLinkRepository,
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly sessions: Sessions,
    private readonly secondFactors: SecondFactors,
    private readonly newPasswords: NewPasswords,
    private readonly policies: PasswordPolicies,
    private readonly notice: PasswordChangedNotice,
    private readonly securityNotices: SecurityNotices,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async describe(token: string, ip: string): Promise<PasswordLinkInfo> {
    const { link, account, workspace } = await this.live(token, ip);
    const { policy, context } = await this.policies.rulesFor(
      await this.subjectOf(link, account, workspace),
    );
    return {
      purpose: link.purpose,
      workspace: { slug: workspace.slug, name: workspace.name },
      identifier: account.accessCode,
      civility: account.civility,
      firstName: account.firstName,
      lastName: account.lastName,
      termsRequired: link.purpose === 'invitation',
      rules: { minLength: policy.minLength, maxLength: policy.maxLength },
      policy,
      context,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  async use(request: SetPasswordDto, ip: string): Promise<SetPasswordResult> {
    const { link, account, workspace } = await this.live(request.token, ip);
    const fields: Record<string, string[]> = {};
    const termsRequired = link.purpose === 'invitation';
    if (termsRequired && request.acceptTerms !== true) fields.acceptTerms = ['required'];
    // Hashed before the transaction: argon2id takes tens of milliseconds, no lock should wait.
    const judgement = await this.newPasswords.judge(
      request.password,
      await this.subjectOf(link, account, workspace),
    );
    if (!judgement.accepted) fields.password = judgement.unmetRules;
    if (!judgement.accepted || Object.keys(fields).length > 0) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'The password cannot be set', fields);
    }
    const changedAt = new Date();
    await this.transactions.run(async () => {
      // Checked again under the update: of two concurrent uses only one gets through.
      if (!(await this.repository.markUsed(link.id))) throw linkInvalid();
      await this.newPasswords.store(account.id, judgement, {
        kind: PasswordKind.Personal,
        email: link.email,
        termsAcceptedAt: termsRequired ? changedAt : null,
      });
      await this.repository.voidAllOf(account.id);
      await this.sessions.closeAllOf(account.id);
      await this.notice.send(account, workspace, link.email, changedAt, `password-set:${link.id}`);
      await this.tellReplacedAddress(account, changedAt);
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

  /**
   * The link was mailed to a new address (IDV-2b): the old one hears that it is no longer used.
   * Read back rather than assumed: an address another account of the firm has is not taken.
   */
  private async tellReplacedAddress(before: Account, at: Date): Promise<void> {
    if (!before.email) return;
    const after = await this.accounts.findById(before.workspaceId, before.id);
    if (after?.email && after.email.toLowerCase() !== before.email.toLowerCase()) {
      await this.securityNotices.emailReplaced(before, before.email, after.email, at);
    }
  }

  private async subjectOf(
    link: PasswordSetLink,
    account: Account,
    workspace: Workspace,
  ): Promise<PasswordSubject> {
    // The link's mailbox is the one the password goes with: its words count as the user's.
    const hasSecondFactor =
      (await this.secondFactors.challengeFor(account.id, account.mobile)) !== null;
    return { account, workspace, hasSecondFactor, email: link.email };
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
