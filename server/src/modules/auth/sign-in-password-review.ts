import { Injectable } from '@nestjs/common';
import { AuditEventKind, PasswordKind, type PasswordWarning } from '@guichet/contracts';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { PasswordEvaluator } from '../password-policy/password-evaluator';
import { PasswordPolicies } from '../password-policy/password-policies';
import {
  changeRequiredAtSignIn,
  checkKeyOf,
  checkOf,
  passwordWarningOf,
} from '../password-policy/password-standing';
import { passwordContextOf } from '../password-policy/password-subject';
import type { Workspace } from '../workspaces/workspace';

/** The account as the review left it, and what the session should tell the user. */
export interface ReviewedAccount {
  account: Account;
  warning: PasswordWarning | null;
}

/**
 * PWD-4's re-check, which mainstream identity servers never make: at each sign-in the plain
 * password, at hand for once, is checked against the workspace's current policy. The result is
 * recorded (the compliance audit reads it) in every mode; `enforce` then requires a change of a
 * password below the policy or past its maximum age, `warn` tells the user. Legacy passwords go
 * through their migration (IDV-2) and temporary ones must be changed anyway: neither is checked.
 */
@Injectable()
export class SignInPasswordReview {
  constructor(
    private readonly policies: PasswordPolicies,
    private readonly evaluator: PasswordEvaluator,
    private readonly accounts: Accounts,
    private readonly audit: AuditLog,
  ) {}

  async review(
    account: Account,
    workspace: Workspace,
    password: string,
    hasSecondFactor: boolean,
    ip: string,
  ): Promise<ReviewedAccount> {
    if (account.passwordKind !== PasswordKind.Personal) return { account, warning: null };
    const now = new Date();
    const policy = await this.policies.of(workspace.id);
    const context = passwordContextOf({ account, workspace, hasSecondFactor });
    const recorded = account.passwordCheck;
    // Same password, same policy version, same context: the recorded result stands.
    const check =
      recorded?.key === checkKeyOf(policy.version, context)
        ? recorded
        : checkOf(
            this.evaluator.evaluate(password.normalize('NFC'), policy.rules, context),
            policy.version,
            context,
          );
    const required = changeRequiredAtSignIn(account, check, policy, now);
    if (check !== recorded || (required && !account.passwordChangeReason)) {
      await this.accounts.recordPasswordCheck(account.id, check, required);
    }
    if (required && !account.passwordChangeReason) {
      await this.audit.record({
        kind: AuditEventKind.PasswordChangeRequired,
        outcome: 'success',
        workspaceId: workspace.id,
        actorId: account.id,
        targetIds: { accountId: account.id },
        ip,
      });
    }
    const reviewed: Account = {
      ...account,
      passwordCheck: check,
      passwordChangeReason: account.passwordChangeReason ?? required,
    };
    return { account: reviewed, warning: passwordWarningOf(reviewed, policy, now) };
  }
}
