import type { CaptchaChallenge } from '@guichet/contracts';
import { solveCaptcha } from '../../server/src/modules/captcha/testing/solve-captcha';

/** A demo account's sign-in (development mode seeds them; README). */
export interface SignInAccount {
  workspace: string;
  identifier: string;
  password: string;
}

export const DEMO_ADMIN: SignInAccount = {
  workspace: 'demo',
  identifier: 'ADMIN001',
  password: 'Demo-Admin-2026!',
};
/** A legacy client (password from the old extranet, no e-mail); may send parcels to the firm. */
export const DEMO_CLIENT: SignInAccount = {
  workspace: 'demo',
  identifier: '72018689',
  password: 'ancien72',
};

/** A browser's cookie jar against built server processes, with Angular's XSRF echo. */
export class BrowserSession {
  private readonly cookies = new Map<string, string>();

  /** A request as the portal sends it; `body` makes it a POST (JSON, or as given for FormData). */
  async call(
    base: string,
    path: string,
    body?: unknown,
    init: { method?: string; timeoutMs?: number } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {
      Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    };
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal: init.timeoutMs ? AbortSignal.timeout(init.timeoutMs) : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      this.cookies.set(name!.trim(), value ?? '');
    }
    return response;
  }

  /** Signs in on `base` with a CAPTCHA challenge from `challengeBase` (another instance, say). */
  async signIn(
    base: string,
    account: SignInAccount = DEMO_ADMIN,
    password = account.password,
    challengeBase = base,
  ): Promise<Response> {
    await this.call(base, '/api/health/live');
    const challenge = (await (
      await this.call(challengeBase, '/api/captcha/challenge')
    ).json()) as CaptchaChallenge;
    return this.call(base, '/api/auth/sign-in', {
      ...account,
      password,
      captcha: await solveCaptcha(challenge),
    });
  }
}
