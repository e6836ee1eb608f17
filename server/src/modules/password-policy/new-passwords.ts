import { Injectable } from '@nestjs/common';
import { PasswordKind } from '@guichet/contracts';
import { checkPasswordHistory } from '@guichet/password-policy';
import { PasswordHasher } from '../../core/crypto/password-hasher';
import type { PasswordCheck } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { PasswordEvaluator } from './password-evaluator';
import { PasswordHistoryRepository } from './password-history.repository';
import { PasswordPolicies } from './password-policies';
import { checkOf } from './password-standing';
import { passwordContextOf, type PasswordSubject } from './password-subject';

/** Previous hashes kept per account: the largest history a policy may ask for, minus the current one. */
const HISTORY_KEPT = 23;

/** A temporary password lives 72 hours (PWD-3). */
export const TEMPORARY_PASSWORD_HOURS = 72;

/** A password that passed: its hash (of the composed form) and the check it passed. */
export interface AcceptedPassword {
  passwordHash: string;
  check: PasswordCheck;
}

/** What judging a chosen password found. */
export type PasswordJudgement =
  ({ accepted: true } & AcceptedPassword) | { accepted: false; unmetRules: string[] };

/** A temporary password, its plain text answered once. */
export interface IssuedTemporaryPassword extends AcceptedPassword {
  password: string;
  expiresAt: Date;
}

/** How a new password is stored. */
export interface PasswordStorage {
  kind: PasswordKind.Personal | PasswordKind.Temporary;
  expiresAt?: Date | null;
  email?: string | null;
  termsAcceptedAt?: Date | null;
}

/**
 * Every new password goes through here, whatever the page (password-set link, change page,
 * temporary): judged by the workspace's policy with the person's context and history, hashed in
 * its composed (NFC) form as the evaluator reads it, stored with the check it passed, and the
 * replaced hash kept for the history.
 */
@Injectable()
export class NewPasswords {
  constructor(
    private readonly policies: PasswordPolicies,
    private readonly evaluator: PasswordEvaluator,
    private readonly accounts: Accounts,
    private readonly history: PasswordHistoryRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Judges a password the person chose; hashes it only when it passes. */
  async judge(password: string, subject: PasswordSubject): Promise<PasswordJudgement> {
    const composed = password.normalize('NFC');
    const policy = await this.policies.of(subject.workspace.id);
    const context = passwordContextOf(subject);
    const evaluation = this.evaluator.evaluate(composed, policy.rules, context);
    const unmetRules = evaluation.results.filter((result) => !result.met).map(({ rule }) => rule);
    // The history costs an argon2 verification per hash: only for a password that passed the rest.
    if (unmetRules.length === 0 && policy.rules.historySize > 0) {
      const recent = await this.recentHashes(subject, policy.rules.historySize);
      const reused = await checkPasswordHistory(recent, policy.rules, (hash) =>
        this.hasher.verify(hash, composed).catch(() => false),
      );
      if (!reused.met) unmetRules.push(reused.rule);
    }
    if (unmetRules.length > 0) return { accepted: false, unmetRules };
    return {
      accepted: true,
      passwordHash: await this.hasher.hash(composed),
      check: checkOf(evaluation, policy.version, context),
    };
  }

  /** A random temporary password meeting the workspace's policy, valid 72 hours (PWD-3). */
  async issueTemporary(
    subject: PasswordSubject,
    now = new Date(),
  ): Promise<IssuedTemporaryPassword> {
    const policy = await this.policies.of(subject.workspace.id);
    const context = passwordContextOf({ ...subject, hasSecondFactor: false });
    const password = this.evaluator.temporaryPassword(policy.rules, context);
    return {
      password,
      passwordHash: await this.hasher.hash(password),
      check: checkOf(
        this.evaluator.evaluate(password, policy.rules, context),
        policy.version,
        context,
      ),
      expiresAt: new Date(now.getTime() + TEMPORARY_PASSWORD_HOURS * 3_600_000),
    };
  }

  /** Stores an accepted password; call it inside the transaction of the change it belongs to. */
  async store(
    accountId: string,
    accepted: AcceptedPassword,
    storage: PasswordStorage,
  ): Promise<void> {
    const previous = await this.accounts.setPassword({
      accountId,
      passwordHash: accepted.passwordHash,
      check: accepted.check,
      kind: storage.kind,
      expiresAt: storage.expiresAt ?? null,
      email: storage.email ?? null,
      termsAcceptedAt: storage.termsAcceptedAt ?? null,
    });
    if (previous) await this.history.push(accountId, previous, HISTORY_KEPT);
  }

  /** The current password's hash first, then the previous ones, newest first. */
  private async recentHashes(subject: PasswordSubject, size: number): Promise<string[]> {
    const { account } = subject;
    const credentials = await this.accounts.findCredentialsById(account.workspaceId, account.id);
    const current = credentials?.passwordHash ? [credentials.passwordHash] : [];
    return [...current, ...(await this.history.recent(account.id, size - current.length))];
  }
}
