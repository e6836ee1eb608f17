import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type CaptchaChallenge, CaptchaErrorCode } from '@guichet/contracts';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { captchaConfig, type CaptchaConfig } from '../../core/config/captcha.config';
import { cryptoConfig, type CryptoConfig } from '../../core/config/crypto.config';
import { AppError } from '../../core/http/app-error';
import { parseCaptchaPayload, type SolvedChallenge } from './captcha-payload';
import { checkSolution } from './captcha-solution-check';
import { type CaptchaSecrets, deriveCaptchaSecrets } from './captcha-secrets';
import { CaptchaSolutionRepository, type SolutionClaim } from './captcha-solution.repository';

/**
 * Expired solutions are forgotten on one verification in PURGE_EVERY, PURGE_BATCH at a time: that
 * keeps up with any rate of sign-ins without a DELETE on each one (sign-in is a hot path).
 */
const PURGE_BATCH = 500;
const PURGE_EVERY = 20;

/**
 * AUTH-3: a self-hosted proof-of-work CAPTCHA (ALTCHA v2, deterministic mode). Nothing is sent to
 * a third party; the widget is accessible (no picture to read). A solution is accepted once, on
 * whichever instance it reaches first.
 */
@Injectable()
export class CaptchaService {
  private readonly logger = new Logger(CaptchaService.name);
  private readonly secrets: CaptchaSecrets;

  constructor(
    @Inject(captchaConfig.KEY) private readonly config: CaptchaConfig,
    @Inject(cryptoConfig.KEY) crypto: CryptoConfig,
    private readonly solutions: CaptchaSolutionRepository,
  ) {
    this.secrets = deriveCaptchaSecrets(crypto.masterKey);
  }

  /** A fresh signed challenge for the widget, valid for the configured time. */
  async challenge(): Promise<CaptchaChallenge> {
    const { algorithm, cost, complexity, ttlSeconds } = this.config;
    const { parameters, signature } = await createChallenge({
      algorithm,
      cost,
      deriveKey,
      // At least half the maximum, so that no challenge is solved at once by luck.
      counter: randomInt(Math.ceil(complexity / 2), complexity + 1),
      expiresAt: Math.floor(Date.now() / 1_000) + ttlSeconds,
      hmacSignatureSecret: this.secrets.challengeSignature,
      hmacKeySignatureSecret: this.secrets.keySignature,
    });
    return { parameters, signature: signature! };
  }

  /**
   * Accepts the widget's payload once. Throws CAPTCHA_INVALID when it is missing, malformed,
   * wrongly solved, expired or signed with another key, and CAPTCHA_REPLAYED when it was already
   * used. A used solution stays used even if the caller's transaction rolls back.
   */
  async verify(payload: string | undefined): Promise<void> {
    const solved = this.check(payload);
    await this.settle(
      await this.solutions.claim(solved.challenge.signature, new Date(solved.expiresAt * 1_000)),
    );
  }

  /**
   * The checks of {@link verify} that need no database: throws CAPTCHA_INVALID as it does. The
   * solution must then be claimed (`CaptchaSolutionRepository.claim` or `captchaClaimCtes`) and
   * the claim settled, or it could be used again.
   */
  check(payload: string | undefined): SolvedChallenge {
    const solved = parseCaptchaPayload(payload);
    if (!solved) throw invalid('The CAPTCHA answer is missing or malformed');
    const verdict = checkSolution(solved, this.secrets);
    if (verdict !== 'valid') {
      throw invalid(verdict === 'expired' ? 'The CAPTCHA expired' : 'The CAPTCHA answer is wrong');
    }
    return solved;
  }

  /** Throws unless the claim of a checked solution was accepted. */
  async settle(claim: SolutionClaim): Promise<void> {
    if (Math.random() < 1 / PURGE_EVERY) await this.forgetExpired();
    if (claim === 'replayed') {
      throw new AppError(CaptchaErrorCode.Replayed, 'This CAPTCHA answer was already used');
    }
    if (claim === 'expired') throw invalid('The CAPTCHA expired');
  }

  private async forgetExpired(): Promise<void> {
    try {
      await this.solutions.purgeExpired(PURGE_BATCH);
    } catch (error) {
      // Housekeeping only: the next verification tries again.
      this.logger.warn(`Could not purge expired CAPTCHA solutions: ${String(error)}`);
    }
  }
}

function invalid(message: string): AppError {
  return new AppError(CaptchaErrorCode.Invalid, message);
}
