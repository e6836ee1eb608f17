import { Inject, Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  IdentityErrorCode,
  type IdentityFlowState,
  OtpErrorCode,
} from '@guichet/contracts';
import { identityConfig, type IdentityConfig } from '../../core/config/identity.config';
import { Transactions } from '../../core/database/transactions';
import { withAnswerFloor } from '../../core/http/answer-floor';
import { AppError } from '../../core/http/app-error';
import type { Account } from '../accounts/account';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { SmsCodeSender } from '../auth/second-factor/sms-code-sender';
import { OtpChallenges } from '../otp/otp-challenges';
import { maskPhone, toMobileField } from '../sms/mobile-number';
import type { ContactDto } from './dto/contact.dto';
import { FlowEndings } from './flow-endings';
import type { IdentityFlow } from './identity-flow';
import { FLOW_OTP_PURPOSE, IdentityFlows, type LoadedFlow } from './identity-flows';

/**
 * IDV-3b: the e-mail + mobile step and the SMS code that may follow. The code goes to the number
 * on file when there is one, never to the number typed (else anyone holding an access code could
 * take the account); to the number typed only when none is on file and there is nothing to take:
 * a true first connection, or a legacy migration (the old password was proven at sign-in).
 * An unknown access code plays the no-mobile branch to the end, sending nothing and accepting no
 * code (IDV-3c); so does a first connection to an account that already has a password or an
 * address but no mobile, whose way out is "Je n'ai plus ce téléphone": the admin queue, with the
 * reason `unproven-mobile` (playing it alike keeps such accounts from being told apart).
 */
@Injectable()
export class ContactCheck {
  constructor(
    @Inject(identityConfig.KEY) private readonly config: IdentityConfig,
    private readonly flows: IdentityFlows,
    private readonly endings: FlowEndings,
    private readonly accounts: Accounts,
    private readonly sms: SmsCodeSender,
    private readonly otp: OtpChallenges,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  contact(token: string | undefined, request: ContactDto, ip: string): Promise<IdentityFlowState> {
    return withAnswerFloor(this.config.answerFloorMs, async () => {
      const loaded = await this.flows.at(token, 'contact');
      const mobileGiven = toMobileField(request.mobile);
      const emailGiven = request.email.trim().toLowerCase();
      const { account, workspace } = loaded;
      const given = { emailGiven, mobileGiven };
      if (account && account.mobile === mobileGiven && !needsProofOfPossession(account)) {
        return this.endings.sendLink(loaded, account, { to: emailGiven, shown: emailGiven }, ip);
      }
      if (!workspace.smsOtpEnabled) {
        return this.endings.review(loaded, account, 'no-sms-otp', ip, given);
      }
      const codeTo = account?.mobile ? 'on-file' : untrusted(loaded) ? 'nowhere' : 'given';
      const recipient = account?.mobile ?? mobileGiven;
      return this.auditingRefusal(loaded, ip, () =>
        this.transactions.run(async () => {
          const flow = await this.flows.advance(loaded.flow, 'verify-code', {
            ...given,
            codeTo,
            maskedMobile: maskPhone(recipient),
          });
          await this.sendCode({ ...loaded, flow }, recipient, ip);
          return this.flows.state({ flow, workspace });
        }),
      );
    });
  }

  /** A new code to the same number; the cooldown applies and the try count goes on (OTP-1). */
  async resend(token: string | undefined, ip: string): Promise<IdentityFlowState> {
    const loaded = await this.flows.at(token, 'verify-code');
    await this.auditingRefusal(loaded, ip, () =>
      this.sendCode(loaded, this.recipientOf(loaded), ip),
    );
    return this.flows.state(loaded);
  }

  /** Checks the code; right: the link goes to the address typed (and a new number is recorded). */
  async verify(token: string | undefined, code: string, ip: string): Promise<IdentityFlowState> {
    const loaded = await this.flows.at(token, 'verify-code');
    const { flow, account, workspace } = loaded;
    const matched = await this.otp.verify(FLOW_OTP_PURPOSE, flow.id, code);
    const target = targetOf(flow, account);
    if (!matched || !account || flow.data.codeTo === 'nowhere') {
      const left = await this.flows.wrongCode(flow);
      await this.audit.record({
        kind: AuditEventKind.OtpChecked,
        outcome: 'failure',
        workspaceId: workspace.id,
        targetIds: target,
        ip,
      });
      if (left === 0) {
        await this.audit.record({
          kind: AuditEventKind.IdentityFlowEnded,
          outcome: 'failure',
          workspaceId: workspace.id,
          targetIds: target,
          ip,
        });
        throw new AppError(IdentityErrorCode.FlowEnded, 'Too many wrong codes: the flow is over');
      }
      throw new AppError(IdentityErrorCode.WrongCode, 'Wrong or expired code');
    }
    const email = flow.data.emailGiven ?? '';
    const state = await this.endings.sendLink(
      loaded,
      account,
      { to: email, shown: email },
      ip,
      async () => {
        // The code went to the number typed, none being on file: that number is now proven.
        if (flow.data.codeTo === 'given' && flow.data.mobileGiven && !account.mobile) {
          await this.accounts.setVerifiedMobile(account.id, flow.data.mobileGiven);
        }
      },
    );
    await this.audit.record({
      kind: AuditEventKind.OtpChecked,
      outcome: 'success',
      workspaceId: workspace.id,
      targetIds: target,
      ip,
    });
    return state;
  }

  /** "Je n'ai plus ce téléphone": an admin checks the request instead (IDV-3b). */
  async askReview(token: string | undefined, ip: string): Promise<IdentityFlowState> {
    const loaded = await this.flows.at(token, 'verify-code');
    const reason = loaded.flow.data.codeTo === 'nowhere' ? 'unproven-mobile' : 'phone-lost';
    return this.endings.review(loaded, loaded.account, reason, ip);
  }

  private recipientOf({ flow, account }: LoadedFlow): string {
    const recipient = flow.data.codeTo === 'on-file' ? account?.mobile : flow.data.mobileGiven;
    if (!recipient) throw new AppError(IdentityErrorCode.WrongStep, 'No number to send a code to');
    return recipient;
  }

  /**
   * Sends a code by SMS (outbox, same transaction). For an unknown access code, or a number that
   * cannot be trusted, a code is issued all the same, so that cooldown and caps answer alike, but
   * it goes nowhere.
   */
  private async sendCode(
    { flow, account, workspace }: LoadedFlow,
    to: string,
    ip: string,
  ): Promise<void> {
    const subject = flow.data.otpSubject ?? `flow:${flow.id}`;
    const delivered = account !== null && flow.data.codeTo !== 'nowhere';
    if (delivered) {
      await this.sms.sendTo({
        purpose: FLOW_OTP_PURPOSE,
        flowId: flow.id,
        to,
        subject,
        workspace,
        language: account.language,
      });
    } else {
      await this.otp.issue({
        purpose: FLOW_OTP_PURPOSE,
        flowId: flow.id,
        workspaceId: workspace.id,
        subject,
        recipient: to,
        validMinutes: workspace.otpValidMinutes,
      });
    }
    if (delivered) {
      await this.audit.record({
        kind: AuditEventKind.OtpSent,
        outcome: 'success',
        workspaceId: workspace.id,
        targetIds: targetOf(flow, account),
        ip,
      });
    }
  }

  /** Runs a step that sends a code; a refusal (cooldown, cap) is audited after its rollback. */
  private async auditingRefusal<T>(loaded: LoadedFlow, ip: string, work: () => Promise<T>) {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof AppError &&
        (error.code === OtpErrorCode.Cooldown || error.code === OtpErrorCode.CapReached)
      ) {
        await this.audit.record({
          kind: AuditEventKind.OtpRefused,
          outcome: 'failure',
          workspaceId: loaded.workspace.id,
          targetIds: targetOf(loaded.flow, loaded.account),
          ip,
        });
      }
      throw error;
    }
  }
}

/**
 * Whether knowing the mobile on file is not enough. A phone number is easy to learn, so the seed's
 * "numéro correspondant" shortcut is kept only for a true first connection: no password set yet
 * and no address on file. An account that has either would otherwise be taken over by whoever
 * learns its access code and number, with a new address of their choosing; it gets the code on
 * the number on file instead (or the admin review without SMS codes).
 */
function needsProofOfPossession(account: Account): boolean {
  return account.passwordKind !== null || account.email !== null;
}

/**
 * Whether a number typed must not receive the code although none is on file: the account has a
 * password or an address to protect and nothing in this flow proved who is asking (a first
 * connection knows only the access code; a legacy migration started from the old password).
 */
function untrusted({ flow, account }: LoadedFlow): boolean {
  return (
    account !== null &&
    account.mobile === null &&
    needsProofOfPossession(account) &&
    flow.kind === 'first-connection'
  );
}

/** The ids an audit event of a flow names: the flow, and its account when known. */
function targetOf(flow: IdentityFlow, account: Account | null): Record<string, string> {
  return account ? { flowId: flow.id, accountId: account.id } : { flowId: flow.id };
}

/** E.164 of the mobile typed, or 422 on the `mobile` field (OTP-2: validated before any send). */
