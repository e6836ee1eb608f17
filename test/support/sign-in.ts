import type { CaptchaChallenge, SessionInfo, SignInRequest } from '@guichet/contracts';
import type { Response } from 'supertest';
import { solveCaptcha } from '../../server/src/modules/captcha/testing/solve-captcha';
import type { ApiClient } from './api-client';

/** A solved CAPTCHA payload, fetched and solved as the widget does. */
export async function captchaFor(client: ApiClient): Promise<string> {
  const challenge = (await client.get('/api/captcha/challenge').expect(200))
    .body as CaptchaChallenge;
  return solveCaptcha(challenge);
}

/** Signs in through the API as the sign-in page does; gives the raw answer. */
export async function signIn(
  client: ApiClient,
  credentials: Omit<SignInRequest, 'captcha'> & { captcha?: string },
): Promise<Response> {
  const captcha = credentials.captcha ?? (await captchaFor(client));
  return client.post('/api/auth/sign-in').send({ ...credentials, captcha });
}

/** Demo accounts (server/src/modules/demo-data/demo-workspaces.ts) used by the tests. */
export const DEMO = {
  admin: { workspace: 'demo', identifier: 'ADMIN001', password: 'Demo-Admin-2026!' },
  staff: {
    workspace: 'demo',
    identifier: 'gestionnaire@demo.guichet.test',
    password: 'Demo-Gestion-2026!',
  },
  legacyClient: { workspace: 'demo', identifier: '72018689', password: 'ancien72' },
  otherAdmin: { workspace: 'autre', identifier: 'ADMIN001', password: 'Autre-Admin-2026!' },
};

/** Signs in and fails the test, with the server's answer, unless it succeeded. */
export async function signInOk(
  client: ApiClient,
  credentials: Omit<SignInRequest, 'captcha'>,
): Promise<SessionInfo> {
  const response = await signIn(client, credentials);
  if (response.status !== 200) {
    throw new Error(`sign-in answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as SessionInfo;
}
