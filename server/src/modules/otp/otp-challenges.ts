import { createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OtpErrorCode } from '@guichet/contracts';
import { cryptoConfig, type CryptoConfig } from '../../core/config/crypto.config';
import { otpConfig, type OtpConfig } from '../../core/config/otp.config';
import { deriveKey } from '../../core/crypto/derived-key';
import { AppError } from '../../core/http/app-error';
import { MetricsService } from '../../core/metrics/metrics.service';
import { OtpRepository } from './otp.repository';

const HOUR = 3_600_000;
/** OTP-1, seed 004: a firm may lengthen codes' lives up to this, never beyond. */
const MAX_VALID_MINUTES = 15;

/** Where a code goes and which flow it proves. */
export interface OtpRequest {
  purpose: string;
  flowId: string;
  workspaceId: string | null;
  /** Who the code proves (`account:<id>`), for the hourly cap per subject; null: no such cap. */
  subject?: string | null;
  /** E.164 number or e-mail address. */
  recipient: string;
  /** The firm's setting (at most 15); null or absent: `OTP_VALID_MINUTES`. */
  validMinutes?: number | null;
}

/** A code just created, for the caller to send, and how long it lives. */
export interface IssuedOtp {
  code: string;
  validMinutes: number;
}

/**
 * Six-digit one-time codes (OTP-1, OTP-2): random, stored as an HMAC under a key derived from
 * the master key (a bare hash of a 6-digit code is reversed in a millisecond), bound to purpose
 * and flow, valid `validMinutes`, `maxAttempts` wrong tries per flow whatever the number of
 * codes, a resend cooldown and hourly caps per recipient, per subject and per workspace.
 */
@Injectable()
export class OtpChallenges {
  private readonly key: Buffer;

  constructor(
    @Inject(otpConfig.KEY) private readonly config: OtpConfig,
    @Inject(cryptoConfig.KEY) crypto: CryptoConfig,
    private readonly repository: OtpRepository,
    private readonly metrics: MetricsService,
  ) {
    this.key = deriveKey(crypto.masterKey, 'otp');
  }

  get validMinutes(): number {
    return this.config.validMinutes;
  }

  get maxAttempts(): number {
    return this.config.maxAttempts;
  }

  /** Creates a code for the flow and gives it, for the caller to send; refuses when too soon or too many. */
  async issue(request: OtpRequest): Promise<IssuedOtp> {
    const wait = await this.resendInSeconds(request.purpose, request.flowId);
    if (wait > 0) {
      throw new AppError(OtpErrorCode.Cooldown, 'A code was just sent', undefined, wait);
    }
    const subject = request.subject ?? null;
    const sent = await this.repository.countSince(
      new Date(Date.now() - HOUR),
      request.recipient,
      request.workspaceId,
      subject,
    );
    if (
      sent.recipient >= this.config.hourlyCapPerRecipient ||
      sent.workspace >= this.config.hourlyCapPerWorkspace ||
      (subject !== null && sent.subject >= this.config.hourlyCapPerSubject)
    ) {
      throw new AppError(
        OtpErrorCode.CapReached,
        'Too many codes sent in the last hour',
        undefined,
        3_600,
      );
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const validMinutes = Math.min(
      request.validMinutes ?? this.config.validMinutes,
      MAX_VALID_MINUTES,
    );
    await this.repository.add({
      purpose: request.purpose,
      flowId: request.flowId,
      workspaceId: request.workspaceId,
      subject,
      recipient: request.recipient,
      codeHash: this.hash(request, code),
      expiresAt: new Date(Date.now() + validMinutes * 60_000),
    });
    this.metrics.otpSent(request.purpose);
    return { code, validMinutes };
  }

  /** Seconds before the flow may have a new code (OTP-2 cooldown); 0 when it may now. */
  async resendInSeconds(purpose: string, flowId: string): Promise<number> {
    const state = await this.repository.flowState(purpose, flowId);
    if (!state.lastIssuedAt) return 0;
    const sinceLast = Date.now() - new Date(state.lastIssuedAt).getTime();
    return Math.max(0, Math.ceil((this.config.resendCooldownSeconds * 1000 - sinceLast) / 1000));
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
