import { createHash } from 'node:crypto';
import {
  type PasswordChangeReason,
  type PasswordContext,
  type PasswordComplianceReason,
  PasswordKind,
  type PasswordWarning,
} from '@guichet/contracts';
import { isExpired, passwordExpiresAt, type PasswordEvaluation } from '@guichet/password-policy';
import type {
  PasswordCheck,
  PasswordStanding,
  StoredPasswordChangeReason,
} from '../accounts/account';
import type { WorkspacePolicy } from './workspace-password-policy';

/** What is known of an account's current password. */
type Standing = Pick<
  PasswordStanding,
  'passwordKind' | 'passwordSetAt' | 'passwordCheck' | 'passwordChangeReason'
>;

/**
 * The digest of what an evaluation depends on besides the password itself: the policy version
 * (the rules are fixed per version) and the context (words, second factor). Equal keys and the same
 * password give the same result, so a sign-in need not run zxcvbn again (it costs milliseconds of
 * CPU on the hot path of every sign-in).
 */
export function checkKeyOf(policyVersion: number, context: PasswordContext): string {
  return createHash('sha256')
    .update(JSON.stringify([policyVersion, context]))
    .digest('base64url');
}

/** An evaluation as recorded on the account, under the policy version it was made against. */
export function checkOf(
  evaluation: PasswordEvaluation,
  policyVersion: number,
  context: PasswordContext,
): PasswordCheck {
  const unmetRules = evaluation.results.filter((result) => !result.met).map(({ rule }) => rule);
  return {
    policyVersion,
    meetsPolicy: unmetRules.length === 0,
    unmetRules,
    score: evaluation.score ?? 0,
    entropyBits: Math.round(evaluation.entropyBits * 10) / 10,
    key: checkKeyOf(policyVersion, context),
  };
}

/**
 * Why the account must change its password, as recorded: a temporary password, or a flag (an
 * admin's repair, a sign-in's check in `enforce` mode). A flagged legacy account keeps its flag
 * until it migrates.
 */
export function flaggedChangeOf(account: Standing): PasswordChangeReason | null {
  if (account.passwordKind === PasswordKind.Temporary) return 'temporary';
  return account.passwordChangeReason;
}

/**
 * Why the account's sign-in leads to the change-password step first; null when it need not. A
 * legacy password goes to its migration instead (IDV-2), which sets a new password anyway.
 */
export function requiredChangeOf(account: Standing): PasswordChangeReason | null {
  if (account.passwordKind === PasswordKind.Legacy) return null;
  return flaggedChangeOf(account);
}

function expired(account: Standing, policy: WorkspacePolicy, now: Date): boolean {
  return (
    account.passwordKind === PasswordKind.Personal &&
    account.passwordSetAt !== null &&
    isExpired(account.passwordSetAt, policy.rules, now)
  );
}

/**
 * What a sign-in does with the check of the plain password it just made: in `enforce` mode a
 * password below the policy (or past its maximum age) must be changed first (PWD-4, PWD-5).
 */
export function changeRequiredAtSignIn(
  account: Standing,
  check: PasswordCheck,
  policy: WorkspacePolicy,
  now: Date,
): StoredPasswordChangeReason | null {
  if (policy.mode !== 'enforce') return null;
  if (!check.meetsPolicy) return 'weak';
  return expired(account, policy, now) ? 'expired' : null;
}

/** In `warn` mode, what the session tells the user about their password; null otherwise. */
export function passwordWarningOf(
  account: Standing,
  policy: WorkspacePolicy,
  now: Date,
): PasswordWarning | null {
  if (policy.mode !== 'warn' || account.passwordKind !== PasswordKind.Personal) return null;
  const reasons: PasswordWarning['reasons'] = [];
  const check = account.passwordCheck;
  const weak = check !== null && check.policyVersion === policy.version && !check.meetsPolicy;
  if (weak) reasons.push('weak');
  if (expired(account, policy, now)) reasons.push('expired');
  if (reasons.length === 0) return null;
  const expiresAt = account.passwordSetAt && passwordExpiresAt(account.passwordSetAt, policy.rules);
  return {
    reasons,
    unmetRules: weak ? check.unmetRules : [],
    expiresAt: expiresAt?.toISOString() ?? null,
  };
}

/** A recorded check's score or entropy under the current policy's minimums. */
function weakScore(check: PasswordCheck, policy: WorkspacePolicy): boolean {
  if (check.policyVersion === policy.version && !check.meetsPolicy) return true;
  const { minScore, minEntropyBits } = policy.rules;
  return (
    (minScore > 0 && check.score < minScore) ||
    (minEntropyBits > 0 && check.entropyBits < minEntropyBits)
  );
}

/**
 * Why an account's password is below the workspace's current policy (PWD-4); empty when it
 * meets it as far as anyone can tell without the plain password.
 */
export function complianceReasonsOf(
  account: Standing,
  policy: WorkspacePolicy,
  now: Date,
): PasswordComplianceReason[] {
  if (account.passwordKind === PasswordKind.Legacy) return ['legacy-hash'];
  if (account.passwordKind === PasswordKind.Temporary) return ['temporary'];
  const reasons: PasswordComplianceReason[] = [];
  if (expired(account, policy, now)) reasons.push('too-old');
  const check = account.passwordCheck;
  if (!check) {
    reasons.push('never-changed');
    return reasons;
  }
  if (check.policyVersion < policy.version) reasons.push('older-policy');
  if (weakScore(check, policy)) reasons.push('weak-score');
  return reasons;
}
