import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { authConfig, type AuthConfig } from '../../core/config/auth.config';
import type { ThrottleStatus } from './sign-in-throttle-sql';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

/** Keys of one sign-in attempt: the caller's address and the identifier it tried. */
export interface ThrottleKeys {
  ip: string;
  identifier: string;
  /** Known after `waitSeconds`: whether the identifier has failures on record. */
  hasFailures?: boolean;
}

/**
 * Slows down password guessing (AUTH-4): after a few free failures, each further failure blocks
 * the key for twice as long as the previous one, up to a cap. Nothing is ever locked for good, so
 * an attacker cannot lock a victim out: the worst is a wait of the cap. Unknown identifiers are
 * throttled like known ones, so the delay reveals nothing.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
    private readonly repository: SignInThrottleRepository,
  ) {}

  /** The throttle keys of an attempt; the identifier is hashed so that no identifier is stored. */
  keys(ip: string, workspaceSlug: string, identifier: string): ThrottleKeys {
    const digest = createHash('sha256').update(identifier.trim().toLowerCase()).digest('base64url');
    return {
      ip: `ip:${ip}`.slice(0, 120),
      identifier: `id:${workspaceSlug}:${digest}`.slice(0, 120),
    };
  }

  /** Seconds left before another attempt is allowed, 0 when allowed now. */
  async waitSeconds(keys: ThrottleKeys): Promise<number> {
    return this.waitOf(await this.repository.status(this.keyList(keys)), keys);
  }

  /** The keys as stored, for a status read elsewhere (the sign-in lookup). */
  keyList(keys: ThrottleKeys): string[] {
    return [keys.ip, keys.identifier];
  }

  /** {@link waitSeconds} from a status already read. */
  waitOf({ blockedUntil, recorded }: ThrottleStatus, keys: ThrottleKeys): number {
    // Remembered so that a success only clears a count that exists (one statement less).
    keys.hasFailures = recorded.includes(keys.identifier);
    return blockedUntil ? Math.max(1, Math.ceil((blockedUntil.getTime() - Date.now()) / 1000)) : 0;
  }

  async recordFailure(keys: ThrottleKeys): Promise<void> {
    const { throttle } = this.config;
    await this.repository.recordFailure(keys.identifier, throttle.memorySeconds, (failures) =>
      growingDelay(failures, throttle.identifierFreeFailures, throttle.identifierMaxDelaySeconds),
    );
    await this.repository.recordFailure(keys.ip, throttle.memorySeconds, (failures) =>
      growingDelay(failures, throttle.ipFreeFailures, throttle.ipMaxDelaySeconds),
    );
  }

  /** A success clears the identifier's count; the address keeps its own (one success proves little). */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    if (keys.hasFailures !== false) await this.repository.forget(keys.identifier);
  }
}

/** 0 for the free failures, then 1, 2, 4, … seconds, capped. */
export function growingDelay(failures: number, free: number, maxSeconds: number): number {
  if (failures <= free) return 0;
  return Math.min(maxSeconds, 2 ** Math.min(30, failures - free - 1));
}
