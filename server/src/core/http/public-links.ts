import { Inject, Injectable } from '@nestjs/common';
import { appConfig, type AppConfig } from '../config/app.config';

/**
 * Absolute links to the portal for mails and SMS, always from `PUBLIC_URL`: a request's Host or
 * X-Forwarded-Host header is attacker-controlled and would let anyone send a victim a genuine
 * mail pointing at a look-alike site (password-reset poisoning).
 */
@Injectable()
export class PublicLinks {
  constructor(@Inject(appConfig.KEY) private readonly app: AppConfig) {}

  /** `to('/set-password', { token })` → `https://portal.example/set-password?token=…`. */
  to(path: string, query: Record<string, string> = {}): string {
    const url = new URL(path.replace(/^\/+/, ''), this.app.publicUrl);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url.href;
  }
}
