import { Injectable } from '@nestjs/common';
import {
  AdminAccountsErrorCode,
  AuditEventKind,
  CommonErrorCode,
  PASSWORD_COMPLIANCE_REASONS,
  type PasswordComplianceEntry,
  type PasswordComplianceReason,
  type PasswordComplianceReport,
  PasswordPolicyErrorCode,
  type PasswordRepairResult,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import type { PasswordStanding } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import type { AdminActor } from '../admin-accounts/account-access.service';
import { decodeAccountCursor, encodeAccountCursor } from '../admin-accounts/account-cursor';
import { AuditLog } from '../audit/audit-log';
import type { PasswordComplianceQueryDto } from './dto/password-compliance-query.dto';
import { PasswordPolicies } from './password-policies';
import { complianceReasonsOf, flaggedChangeOf } from './password-standing';

/** Accounts per page of the audit. */
export const COMPLIANCE_PAGE_SIZE = 100;

interface Finding {
  standing: PasswordStanding;
  reasons: PasswordComplianceReason[];
}

const toEntry = ({ standing, reasons }: Finding): PasswordComplianceEntry => ({
  id: standing.id,
  accessCode: standing.accessCode,
  role: standing.role,
  civility: standing.civility,
  firstName: standing.firstName,
  lastName: standing.lastName,
  reasons,
  passwordSetAt: standing.passwordSetAt?.toISOString() ?? null,
  policyVersion: standing.passwordCheck?.policyVersion ?? null,
  score: standing.passwordCheck?.score ?? null,
  entropyBits: standing.passwordCheck?.entropyBits ?? null,
  changeRequired: flaggedChangeOf(standing),
});

/**
 * The compliance audit, « Niveau de sécurité mot de passe » (PWD-4): the accounts whose password
 * is below the workspace's current policy, and the repair that makes their next sign-in a
 * password change. It reads what each check recorded (at every password set and every sign-in),
 * never a password.
 */
@Injectable()
export class PasswordCompliance {
  constructor(
    private readonly policies: PasswordPolicies,
    private readonly accounts: Accounts,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async report(
    workspaceId: string,
    query: PasswordComplianceQueryDto,
    now = new Date(),
  ): Promise<PasswordComplianceReport> {
    const policy = await this.policies.of(workspaceId);
    const findings = await this.findings(workspaceId, now);
    const byReason = Object.fromEntries(
      PASSWORD_COMPLIANCE_REASONS.map((reason) => [
        reason,
        findings.filter((finding) => finding.reasons.includes(reason)).length,
      ]),
    ) as PasswordComplianceReport['byReason'];
    const listed = query.reason
      ? findings.filter((finding) => finding.reasons.includes(query.reason!))
      : findings;
    let start = 0;
    if (query.cursor !== undefined) {
      const after = decodeAccountCursor(query.cursor);
      const index = after ? listed.findIndex((finding) => finding.standing.id === after) : -1;
      if (index < 0) {
        throw new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', {
          cursor: ['invalidCursor'],
        });
      }
      start = index + 1;
    }
    const page = listed.slice(start, start + COMPLIANCE_PAGE_SIZE);
    const last = page.at(-1);
    return {
      policy: { version: policy.version, mode: policy.mode },
      total: findings.length,
      byReason,
      templates: [],
      items: page.map(toEntry),
      nextCursor:
        last && start + COMPLIANCE_PAGE_SIZE < listed.length
          ? encodeAccountCursor(last.standing.id)
          : null,
    };
  }

  /** Forces a change at the next sign-in of one account below the policy. */
  async repairOne(actor: AdminActor, accountId: string): Promise<PasswordRepairResult> {
    const findings = await this.findings(actor.session.workspaceId, new Date(), true);
    const finding = findings.find(({ standing }) => standing.id === accountId);
    if (!finding) {
      throw new AppError(
        AdminAccountsErrorCode.AccountNotFound,
        'No account with a password by this id in this workspace',
      );
    }
    if (finding.reasons.length === 0) {
      throw new AppError(
        PasswordPolicyErrorCode.AccountCompliant,
        'This password meets the policy',
      );
    }
    return this.repair(actor, [accountId]);
  }

  /** Forces a change at the next sign-in of every account the audit lists. */
  async repairAll(actor: AdminActor): Promise<PasswordRepairResult> {
    const findings = await this.findings(actor.session.workspaceId, new Date());
    return this.repair(
      actor,
      findings.map(({ standing }) => standing.id),
    );
  }

  private repair(actor: AdminActor, ids: string[]): Promise<PasswordRepairResult> {
    const { workspaceId, accountId: adminId } = actor.session;
    return this.transactions.run(async () => {
      const repaired = await this.accounts.requirePasswordChange(workspaceId, ids, 'repair');
      for (const accountId of repaired) {
        await this.audit.record({
          kind: AuditEventKind.PasswordChangeRequired,
          outcome: 'success',
          workspaceId,
          actorId: adminId,
          targetIds: { accountId },
          ip: actor.ip,
        });
      }
      return { repaired: repaired.length };
    });
  }

  /** The workspace's accounts with a password and their reasons; `all` keeps those with none. */
  private async findings(workspaceId: string, now: Date, all = false): Promise<Finding[]> {
    const policy = await this.policies.of(workspaceId);
    const findings = (await this.accounts.passwordStandings(workspaceId)).map((standing) => ({
      standing,
      reasons: complianceReasonsOf(standing, policy, now),
    }));
    return all ? findings : findings.filter((finding) => finding.reasons.length > 0);
  }
}
