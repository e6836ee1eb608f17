import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  SecondFactorChallenge,
  SecondFactorMethod,
  SecondFactorStatus,
} from '@guichet/contracts';
import { Secret, TOTP } from 'otpauth';
import { cryptoConfig, type CryptoConfig } from '../../../core/config/crypto.config';
import { deriveKey } from '../../../core/crypto/derived-key';
import { SecretBox } from '../../../core/crypto/secret-box';
import { maskPhone } from '../../sms/mobile-number';
import { SecondFactorRepository, type SecondFactorState } from './second-factor.repository';

const RECOVERY_CODES = 10;
const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** TOTP per RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 s. */
const totpFor = (secret: string, label = '') =>
  new TOTP({
    issuer: 'Guichet',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/**
 * The second factors of an account (AUTH-8): an authenticator app, SMS codes, and recovery codes
 * shown once. Secrets are sealed with the master key; codes are kept as keyed hashes only.
 */
@Injectable()
export class SecondFactors {
  private readonly recoveryKey: Buffer;

  constructor(
    private readonly repository: SecondFactorRepository,
    private readonly secrets: SecretBox,
    @Inject(cryptoConfig.KEY) crypto: CryptoConfig,
  ) {
    this.recoveryKey = deriveKey(crypto.masterKey, 'recovery-codes');
  }

  /** What a sign-in must prove, or null when the account has no second factor. */
  async challengeFor(
    accountId: string,
    mobile: string | null,
  ): Promise<SecondFactorChallenge | null> {
    return this.challengeOf(await this.repository.find(accountId), mobile);
  }

  /** {@link challengeFor} from a state already read (the sign-in lookup reads it with the account). */
  challengeOf(
    state: SecondFactorState | null,
    mobile: string | null,
  ): SecondFactorChallenge | null {
    const methods: SecondFactorMethod[] = [];
    if (state?.totpEnabled) methods.push('totp');
    if (state?.smsEnabled && mobile) methods.push('sms');
    if (methods.length === 0) return null;
    methods.push('recovery');
    return { methods, maskedMobile: methods.includes('sms') && mobile ? maskPhone(mobile) : null };
  }

  /**
   * What is on, for the owner's profile. SMS codes count as on only with a mobile on file, as at
   * sign-in; an authenticator set up but never confirmed is off.
   */
  async statusOf(accountId: string, mobile: string | null): Promise<SecondFactorStatus> {
    const state = await this.repository.find(accountId);
    const totp = state?.totpEnabled ?? false;
    const sms = (state?.smsEnabled ?? false) && mobile !== null;
    const recoveryCodesLeft =
      totp || sms ? await this.repository.countUnusedRecoveryCodes(accountId) : 0;
    return { totp, sms, recoveryCodesLeft };
  }

  /** Checks an authenticator code (one step of clock drift allowed) and never accepts it twice. */
  async verifyTotp(accountId: string, code: string): Promise<boolean> {
    const state = await this.repository.find(accountId);
    if (!state?.totpEnabled || !state.totpSecret) return false;
    const step = this.acceptedStep(this.openSecret(accountId, state.totpSecret), code);
    return step !== null && this.repository.advanceTotpStep(accountId, step);
  }

  async useRecoveryCode(accountId: string, code: string): Promise<boolean> {
    return this.repository.useRecoveryCode(accountId, this.recoveryHash(code));
  }

  /** Starts the authenticator setup: a new secret, not active until confirmed with a code. */
  async beginTotp(
    accountId: string,
    label: string,
  ): Promise<{ secret: string; otpauthUrl: string }> {
    const secret = new Secret({ size: 20 }).base32;
    await this.repository.saveTotpSecret(
      accountId,
      this.secrets.seal(secret, this.context(accountId)),
    );
    return { secret, otpauthUrl: totpFor(secret, label).toString() };
  }

  /** Activates the authenticator once the user typed a code from it; gives fresh recovery codes. */
  async confirmTotp(accountId: string, code: string): Promise<string[] | null> {
    const state = await this.repository.find(accountId);
    if (!state?.totpSecret) return null;
    const step = this.acceptedStep(this.openSecret(accountId, state.totpSecret), code);
    if (step === null) return null;
    await this.repository.enableTotp(accountId, step);
    return this.newRecoveryCodes(accountId);
  }

  /** Activates SMS codes (the caller has just checked a code sent to the profile mobile). */
  async enableSms(accountId: string): Promise<string[]> {
    const state = await this.repository.find(accountId);
    await this.repository.enableSms(accountId);
    return state?.totpEnabled ? [] : this.newRecoveryCodes(accountId);
  }

  /**
   * Turns every factor off and drops the recovery codes; answers whether one was on (an
   * authenticator begun but never confirmed does not count), so nobody is told of a non-change.
   */
  async disable(accountId: string): Promise<boolean> {
    const state = await this.repository.find(accountId);
    await this.repository.disableAll(accountId);
    return (state?.totpEnabled ?? false) || (state?.smsEnabled ?? false);
  }

  private async newRecoveryCodes(accountId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const bytes = randomBytes(10);
      const chars = [...bytes].map((b) => BASE32[b % BASE32.length]).join('');
      return `${chars.slice(0, 5)}-${chars.slice(5)}`;
    });
    await this.repository.replaceRecoveryCodes(
      accountId,
      codes.map((code) => this.recoveryHash(code)),
    );
    return codes;
  }

  private acceptedStep(secret: string, code: string): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const delta = totpFor(secret).validate({ token: code, window: 1 });
    return delta === null ? null : Math.floor(Date.now() / 30_000) + delta;
  }

  private openSecret(accountId: string, sealed: Buffer): string {
    return this.secrets.open(sealed, this.context(accountId));
  }

  private context(accountId: string): string {
    return `totp:${accountId}`;
  }

  private recoveryHash(code: string): Buffer {
    const normalised = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
    return createHmac('sha256', this.recoveryKey).update(normalised).digest();
  }
}
