import { createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OtpErrorCode } from '@guichet/contracts';
import { cryptoConfig, type CryptoConfig } from '../../core/config/crypto.config';
import { otpConfig, type OtpConfig } from '../../core/config/otp.config';
import { deriveKey } from '../../core/crypto/derived-key';
import { AppError } from '../../core/http/app-error';
import { OtpRepository } from './otp.repository';

const HOUR = 3_600_000;

/** Where a code goes and which flow it proves. */
export interface OtpRequest {
  purpose: string;
  flowId: string;
  workspaceId: string | null;
  /** E.164 number or e-mail address. */
  recipient: string;
}

/**
 * Six-digit one-time codes (OTP-1, OTP-2): random, stored as an HMAC under a key derived from
 * the master key (a bare hash of a 6-digit code is reversed in a millisecond), bound to purpose
 * and flow, valid `validMinutes`, `maxAttempts` wrong tries per flow whatever the number of
 * codes, a resend cooldown and hourly caps per recipient and per workspace.
 */
@Injectable()
export class OtpChallenges {
  private readonly key: Buffer;

  constructor(
    @Inject(otpConfig.KEY) private readonly config: OtpConfig,
    @Inject(cryptoConfig.KEY) crypto: CryptoConfig,
    private readonly repository: OtpRepository,
  ) {
    this.key = deriveKey(crypto.masterKey, 'otp');
  }

  get validMinutes(): number {
    return this.config.validMinutes;
  }

  /** Creates a code for the flow and gives it, for the caller to send; refuses when too soon or too many. */
  async issue(request: OtpRequest): Promise<string> {
    const state = await this.repository.flowState(request.purpose, request.flowId);
    const sinceLast = state.lastIssuedAt
      ? Date.now() - new Date(state.lastIssuedAt).getTime()
      : Infinity;
    const cooldownMs = this.config.resendCooldownSeconds * 1000;
    if (sinceLast < cooldownMs) {
      const wait = Math.ceil((cooldownMs - sinceLast) / 1000);
      throw new AppError(OtpErrorCode.Cooldown, 'A code was just sent', undefined, wait);
    }
    const sent = await this.repository.countSince(
      new Date(Date.now() - HOUR),
      request.recipient,
      request.workspaceId,
    );
    if (
      sent.recipient >= this.config.hourlyCapPerRecipient ||
      sent.workspace >= this.config.hourlyCapPerWorkspace
    ) {
      throw new AppError(
        OtpErrorCode.CapReached,
        'Too many codes sent in the last hour',
        undefined,
        3_600,
      );
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.repository.add({
      ...request,
      codeHash: this.hash(request, code),
      expiresAt: new Date(Date.now() + this.config.validMinutes * 60_000),
    });
    return code;
  }

  /** True once for the right live code of the flow; a wrong one uses up a try. */
  async verify(purpose: string, flowId: string, code: string): Promise<boolean> {
    return (await this.verifiedRecipient(purpose, flowId, code)) !== null;
  }

  /**
   * As {@link verify}, giving the number or address the code was sent to: the one thing the code
   * proves, whatever the caller was told since. Null for a wrong, used or expired code.
   */
  async verifiedRecipient(purpose: string, flowId: string, code: string): Promise<string | null> {
    if (!/^\d{6}$/.test(code)) return null;
    return this.repository.consume(
      purpose,
      flowId,
      this.hash({ purpose, flowId }, code),
      this.config.maxAttempts,
    );
  }

  private hash(binding: { purpose: string; flowId: string }, code: string): Buffer {
    return createHmac('sha256', this.key)
      .update(`${binding.purpose}\n${binding.flowId}\n${code}`)
      .digest();
  }
}
