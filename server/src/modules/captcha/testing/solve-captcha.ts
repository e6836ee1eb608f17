import type { CaptchaChallenge } from '@guichet/contracts';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

/** Tests only: solves a challenge as the `altcha` widget does and gives the payload it sends. */
export async function solveCaptcha(challenge: CaptchaChallenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 20_000 });
  if (!solution) throw new Error('The CAPTCHA challenge was not solved in time');
  return encodeCaptchaPayload({
    challenge: { parameters: challenge.parameters, signature: challenge.signature },
    solution,
  });
}

/** Tests only: the widget's encoding (`btoa(JSON.stringify(…))`), to build altered payloads. */
export function encodeCaptchaPayload(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

/** Tests only: the object behind a payload, to alter it. */
export function decodeCaptchaPayload(payload: string): {
  challenge: CaptchaChallenge;
  solution: { counter: number; derivedKey: string; time?: number };
} {
  return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
}
