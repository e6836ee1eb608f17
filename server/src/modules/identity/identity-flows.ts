import { Injectable, Logger } from '@nestjs/common';
import {
  IdentityErrorCode,
  type IdentityFlowKind,
  type IdentityFlowState,
  type IdentityFlowStep,
} from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { OtpChallenges } from '../otp/otp-challenges';
import type { Workspace } from '../workspaces/workspace';
import { Workspaces } from '../workspaces/workspaces';
import { FLOW_MINUTES } from './flow-cookie';
import type { IdentityFlow, IdentityFlowData } from './identity-flow';
import { IdentityFlowRepository } from './identity-flow.repository';
import { newToken, tokenHash } from './password-links';

/** What one-time codes of identity flows are bound to (with the flow's id). */
export const FLOW_OTP_PURPOSE = 'identity-flow';

const PURGE_EVERY = 20;
const PURGE_BATCH = 500;

/** No account has this id: an unknown access code's flow looks its account up all the same. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/** A flow with the firm it belongs to and the account it is about (null: unknown access code). */
export interface LoadedFlow {
  flow: IdentityFlow;
  workspace: Workspace;
  account: Account | null;
}

/**
 * Server-side flows (IDV-7): started with a random token for the cookie, loaded by that token,
 * and moved one step at a time. Every step checks the flow is live (404), not ended (410) and at
 * that step (409); the move itself is conditional, so a replay cannot succeed twice.
 */
@Injectable()
export class IdentityFlows {
  private readonly logger = new Logger(IdentityFlows.name);

  constructor(
    private readonly repository: IdentityFlowRepository,
    private readonly workspaces: Workspaces,
    private readonly accounts: Accounts,
    private readonly otp: OtpChallenges,
  ) {}

  /** Starts a flow, ending the one the browser had (`previousToken`); gives the new token. */
  async start(
    start: {
      kind: IdentityFlowKind;
      workspace: Workspace;
      accountId: string | null;
      step: IdentityFlowStep;
      data?: IdentityFlowData;
    },
    previousToken: string | undefined,
  ): Promise<{ token: string; flow: IdentityFlow }> {
    if (previousToken) await this.repository.removeByTokenHash(tokenHash(previousToken));
    if (Math.random() < 1 / PURGE_EVERY) await this.forgetExpired();
    const token = newToken();
    const flow = await this.repository.add({
      tokenHash: tokenHash(token),
      workspaceId: start.workspace.id,
      kind: start.kind,
      step: start.step,
      accountId: start.accountId,
      data: start.data ?? {},
      expiresAt: new Date(Date.now() + FLOW_MINUTES * 60_000),
    });
    return { token, flow };
  }

  /** The live flow of the token: 404 when there is none or it expired, 410 when it ended. */
  async load(token: string | undefined): Promise<LoadedFlow> {
    const flow = token ? await this.repository.findByTokenHash(tokenHash(token)) : null;
    const workspace = flow && (await this.workspaces.findById(flow.workspaceId));
    if (!flow || !workspace || flow.expiresAt.getTime() <= Date.now()) {
      throw new AppError(IdentityErrorCode.FlowNotFound, 'No identity flow, or it expired');
    }
    if (flow.endedAt) throw flowEnded();
    // The same query for an unknown access code, so that no step is faster for it (IDV-3c).
    const account = await this.accounts.findById(flow.workspaceId, flow.accountId ?? NO_ACCOUNT);
    return { flow, workspace, account };
  }

  /** The live flow of the token, which must be at `step` (409 otherwise). */
  async at(token: string | undefined, step: IdentityFlowStep): Promise<LoadedFlow> {
    const loaded = await this.load(token);
    if (loaded.flow.step !== step) {
      throw new AppError(IdentityErrorCode.WrongStep, `The flow is not at step ${step}`);
    }
    return loaded;
  }

  /** Moves the flow on, or 409 when a concurrent request moved it first. Gives the moved flow. */
  async advance(
    flow: IdentityFlow,
    to: IdentityFlowStep,
    data: IdentityFlowData = {},
  ): Promise<IdentityFlow> {
    if (!(await this.repository.advance(flow.id, flow.step, to, data))) {
      throw new AppError(IdentityErrorCode.WrongStep, `The flow is no longer at step ${flow.step}`);
    }
    return { ...flow, step: to, data: { ...flow.data, ...data } };
  }

  /** Counts a wrong code; ends the flow at the limit (OTP-1). Gives the tries left. */
  async wrongCode(flow: IdentityFlow): Promise<number> {
    const attempts = await this.repository.countWrongCode(flow.id);
    if (attempts === null) throw flowEnded();
    const left = Math.max(0, this.otp.maxAttempts - attempts);
    if (left === 0) await this.repository.end(flow.id);
    return left;
  }

  async cancel(token: string | undefined): Promise<void> {
    if (token) await this.repository.removeByTokenHash(tokenHash(token));
  }

  /** What the client's wizard is told. */
  async state({
    flow,
    workspace,
  }: Pick<LoadedFlow, 'flow' | 'workspace'>): Promise<IdentityFlowState> {
    const verifying = flow.step === 'verify-code';
    return {
      kind: flow.kind,
      step: flow.step,
      workspace: { slug: workspace.slug, name: workspace.name },
      email: emailShown(flow),
      maskedMobile: verifying ? (flow.data.maskedMobile ?? null) : null,
      attemptsLeft: verifying ? Math.max(0, this.otp.maxAttempts - flow.attempts) : null,
      resendInSeconds: verifying ? await this.otp.resendInSeconds(FLOW_OTP_PURPOSE, flow.id) : null,
      expiresAt: flow.expiresAt.toISOString(),
    };
  }

  private async forgetExpired(): Promise<void> {
    try {
      await this.repository.purgeExpired(PURGE_BATCH);
    } catch (error) {
      // Housekeeping only: a later start tries again.
      this.logger.warn(`Could not purge expired identity flows: ${String(error)}`);
    }
  }
}

function emailShown(flow: IdentityFlow): string | null {
  const shown = flow.step === 'link-sent' || flow.step === 'confirm-email';
  return shown ? (flow.data.shownEmail ?? null) : null;
}

export function flowEnded(): AppError {
  return new AppError(IdentityErrorCode.FlowEnded, 'Too many wrong codes: the flow is over');
}
