import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  CommonErrorCode,
  type PasswordPolicy,
  type PasswordPolicyPreset,
  type PasswordRulesForUser,
  type WorkspacePasswordPolicy,
} from '@guichet/contracts';
import { PASSWORD_POLICY_PRESETS } from '@guichet/password-policy';
import { ExpiringCache } from '../../core/cache/expiring-cache';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import type { AdminActor } from '../admin-accounts/account-access.service';
import { AuditLog } from '../audit/audit-log';
import type { PasswordPolicyUpdateDto } from './dto/password-policy-update.dto';
import { PasswordPolicyRepository } from './password-policy.repository';
import { passwordContextOf, type PasswordSubject } from './password-subject';
import { NEW_WORKSPACE_POLICY, type WorkspacePolicy } from './workspace-password-policy';

const RULE_FIELDS = [
  'minLength',
  'maxLength',
  'requiredClasses',
  'minEntropyBits',
  'minScore',
  'blockList',
  'historySize',
  'maxAgeDays',
  'minLengthWithSecondFactor',
] as const satisfies readonly (keyof PasswordPolicy)[];

const sameRules = (a: PasswordPolicy, b: PasswordPolicy) =>
  RULE_FIELDS.every((field) => a[field] === b[field]);

/** The built-in preset whose rules these are, or `custom`. */
export function presetOf(rules: PasswordPolicy): PasswordPolicyPreset {
  const match = Object.values(PASSWORD_POLICY_PRESETS).find((preset) => sameRules(preset, rules));
  return match?.preset ?? 'custom';
}

/** The limits between fields, which the DTO checks one field at a time: 422 keyed by field. */
function checkLimits(policy: PasswordPolicy): void {
  const fields: Record<string, string[]> = {};
  if (policy.maxLength < policy.minLength) fields['policy.maxLength'] = ['belowMinLength'];
  if (
    policy.minLengthWithSecondFactor !== null &&
    policy.minLengthWithSecondFactor > policy.minLength
  ) {
    fields['policy.minLengthWithSecondFactor'] = ['aboveMinLength'];
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError(CommonErrorCode.ValidationFailed, 'Invalid policy', fields);
  }
}

/**
 * Every sign-in reads its workspace's policy (PWD-4's re-check). A change saved here is seen at
 * once by this instance; other instances see it within this time. That is safe: the policy only
 * decides whether a password is reported or must be changed, a check recorded against the old
 * version is made again at the next sign-in after the cache turns, and an admin's "require a
 * change now" is stored on the accounts, not read from the cached policy.
 */
const POLICY_TTL_MS = 10_000;

/** Workspaces' password policies (PWD-1, PWD-2): what applies, and the admin's changes. */
@Injectable()
export class PasswordPolicies {
  private readonly cached = new ExpiringCache<string, WorkspacePolicy>(POLICY_TTL_MS);

  constructor(
    private readonly repository: PasswordPolicyRepository,
    private readonly accounts: Accounts,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** The policy that applies in the workspace. */
  async of(workspaceId: string): Promise<WorkspacePolicy> {
    const cached = this.cached.get(workspaceId);
    if (cached) return cached;
    const policy = await this.stored(workspaceId);
    this.cached.set(workspaceId, policy);
    return policy;
  }

  /** What a page that sets a password needs to run the evaluator as the server will. */
  async rulesFor(subject: PasswordSubject): Promise<PasswordRulesForUser> {
    const policy = await this.of(subject.workspace.id);
    return { policy: { ...policy.rules }, context: passwordContextOf(subject) };
  }

  async describe(workspaceId: string): Promise<WorkspacePasswordPolicy> {
    return this.toContract(workspaceId, await this.of(workspaceId));
  }

  /**
   * Saves the admin's policy: the preset is named from the rules, the version goes up when the
   * rules changed (not for the mode alone), and the change is audited.
   */
  async update(
    actor: AdminActor,
    update: PasswordPolicyUpdateDto,
  ): Promise<WorkspacePasswordPolicy> {
    const { workspaceId, accountId } = actor.session;
    checkLimits(update.policy);
    const rules: PasswordPolicy = {
      preset: 'custom',
      ...Object.fromEntries(RULE_FIELDS.map((field) => [field, update.policy[field]])),
    } as PasswordPolicy;
    rules.preset = presetOf(rules);
    const saved = await this.transactions.run(async () => {
      const current = await this.stored(workspaceId);
      const stored = await this.repository.save({
        workspaceId,
        mode: update.mode,
        rules,
        rulesChanged: !sameRules(current.rules, rules),
        updatedBy: accountId,
      });
      await this.audit.record({
        kind: AuditEventKind.PasswordPolicyUpdated,
        outcome: 'success',
        workspaceId,
        actorId: accountId,
        ip: actor.ip,
      });
      return stored;
    });
    // After the commit: a read in between would cache the old rules again.
    this.cached.delete(workspaceId);
    return this.toContract(workspaceId, saved);
  }

  private async stored(workspaceId: string): Promise<WorkspacePolicy> {
    return (await this.repository.find(workspaceId)) ?? NEW_WORKSPACE_POLICY;
  }

  private async toContract(
    workspaceId: string,
    policy: WorkspacePolicy,
  ): Promise<WorkspacePasswordPolicy> {
    const names = policy.updatedBy
      ? await this.accounts.namesOf(workspaceId, [policy.updatedBy])
      : new Map();
    const updater = policy.updatedBy ? names.get(policy.updatedBy) : undefined;
    return {
      mode: policy.mode,
      policy: { ...policy.rules },
      version: policy.version,
      updatedAt: policy.updatedAt?.toISOString() ?? null,
      updatedBy: updater ? { id: updater.id, name: displayName(updater) } : null,
    };
  }
}
