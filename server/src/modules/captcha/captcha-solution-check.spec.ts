import { createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { parseCaptchaPayload, type SolvedChallenge } from './captcha-payload';
import { deriveCaptchaSecrets } from './captcha-secrets';
import { checkSolution } from './captcha-solution-check';
import { decodeCaptchaPayload, encodeCaptchaPayload, solveCaptcha } from './testing/solve-captcha';

describe(checkSolution.name, () => {
  const secrets = deriveCaptchaSecrets(Buffer.alloc(32, 7));
  const inAMinute = () => Math.floor(Date.now() / 1_000) + 60;

  const issue = async (expiresAt = inAMinute()) => {
    const { parameters, signature } = await createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost: 10,
      deriveKey,
      counter: 20,
      expiresAt,
      hmacSignatureSecret: secrets.challengeSignature,
      hmacKeySignatureSecret: secrets.keySignature,
    });
    return decodeCaptchaPayload(await solveCaptcha({ parameters, signature: signature! }));
  };
  const parsed = (payload: unknown): SolvedChallenge => {
    const solved = parseCaptchaPayload(encodeCaptchaPayload(payload));
    if (!solved) throw new Error('the payload does not parse');
    return solved;
  };
  /** altcha-lib's own verdict on the same payload, in our terms. */
  const altchaVerdict = async (solved: SolvedChallenge) => {
    const verdict = await verifySolution({
      challenge: solved.challenge,
      solution: solved.solution,
      deriveKey,
      hmacSignatureSecret: secrets.challengeSignature,
      hmacKeySignatureSecret: secrets.keySignature,
    }).catch(() => null);
    if (verdict?.verified) return 'valid';
    return verdict?.expired ? 'expired' : 'wrong';
  };

  it('accepts a solved challenge, as altcha-lib does', async () => {
    const solved = parsed(await issue());
    expect(checkSolution(solved, secrets)).toBe('valid');
    expect(await altchaVerdict(solved)).toBe('valid');
  });

  it('agrees with altcha-lib on every altered payload', async () => {
    const { challenge, solution } = await issue();
    const flip = (hex: string) => `${hex[0] === '0' ? '1' : '0'}${hex.slice(1)}`;
    const altered = [
      { challenge: { ...challenge, signature: flip(challenge.signature) }, solution },
      { challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 1 } }, solution },
      {
        challenge: {
          ...challenge,
          parameters: {
            ...challenge.parameters,
            keySignature: flip(challenge.parameters.keySignature!),
          },
        },
        solution,
      },
      { challenge, solution: { ...solution, derivedKey: flip(solution.derivedKey) } },
      { challenge, solution: { ...solution, derivedKey: solution.derivedKey.toUpperCase() } },
      { challenge, solution: { ...solution, derivedKey: 'abc' } },
      { challenge, solution: { ...solution, counter: -1 } },
      { challenge, solution: { ...solution, counter: 1.5 } },
      { challenge, solution: { ...solution, counter: '20' } },
      { challenge, solution: { derivedKey: solution.derivedKey } },
    ];
    for (const payload of altered) {
      const solved = parsed(payload);
      expect(checkSolution(solved, secrets)).toBe('wrong');
      expect(await altchaVerdict(solved)).toBe('wrong');
    }
  });

  it('calls an expired challenge expired, as altcha-lib does', async () => {
    const solved = parsed(await issue(Math.floor(Date.now() / 1_000) - 1));
    expect(checkSolution(solved, secrets)).toBe('expired');
    expect(await altchaVerdict(solved)).toBe('expired');
  });

  it('refuses a challenge signed with other secrets', async () => {
    const solved = parsed(await issue());
    expect(checkSolution(solved, deriveCaptchaSecrets(Buffer.alloc(32, 8)))).toBe('wrong');
  });
});
