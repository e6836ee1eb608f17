import { pbkdf2Sync } from 'node:crypto';
import { CaptchaErrorCode } from '@guichet/contracts';
import type { CaptchaConfig } from '../../core/config/captcha.config';
import type { CryptoConfig } from '../../core/config/crypto.config';
import { CaptchaService } from './captcha.service';
import { CaptchaSolutionRepository, type SolutionClaim } from './captcha-solution.repository';
import { decodeCaptchaPayload, encodeCaptchaPayload, solveCaptcha } from './testing/solve-captcha';

describe(CaptchaService.name, () => {
  // A tiny proof of work: the tests check the protocol, not the effort.
  const config: CaptchaConfig = {
    algorithm: 'PBKDF2/SHA-256',
    cost: 10,
    complexity: 40,
    ttlSeconds: 600,
  };
  const crypto = (fill: number): CryptoConfig => ({
    masterKey: Buffer.alloc(32, fill),
    keyId: 'k',
  });
  let claims: { signature: string; expiresAt: Date }[];
  let answer: SolutionClaim;
  let service: CaptchaService;

  const newService = (key = crypto(1)) => {
    const repository: CaptchaSolutionRepository = {
      claim: jest.fn(async (signature: string, expiresAt: Date) => {
        claims.push({ signature, expiresAt });
        return answer;
      }),
      purgeExpired: jest.fn(async () => 0),
    };
    return new CaptchaService(config, key, repository);
  };
  const code = (work: Promise<unknown>) =>
    work.then(
      () => 'accepted',
      (error: { code?: string }) => error.code,
    );

  beforeEach(() => {
    claims = [];
    answer = 'accepted';
    service = newService();
  });

  afterEach(() => jest.restoreAllMocks());

  it('issues a signed v2 challenge in the shape the altcha widget fetches', async () => {
    const now = Math.floor(Date.now() / 1_000);
    const challenge = await service.challenge();
    expect(challenge).toEqual({
      parameters: expect.objectContaining({
        algorithm: 'PBKDF2/SHA-256',
        cost: 10,
        keyLength: 32,
        nonce: expect.stringMatching(/^[0-9a-f]{32}$/),
        salt: expect.stringMatching(/^[0-9a-f]{32}$/),
        keyPrefix: expect.stringMatching(/^[0-9a-f]+$/),
        keySignature: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(challenge.parameters.expiresAt).toBeGreaterThanOrEqual(now + 600);
    expect(challenge.parameters.expiresAt).toBeLessThanOrEqual(now + 601);
    expect((await service.challenge()).parameters.nonce).not.toBe(challenge.parameters.nonce);
  });

  it('asks for at least half of the configured work, and never more', async () => {
    for (let i = 0; i < 5; i++) {
      const payload = await solveCaptcha(await service.challenge());
      const { counter } = decodeCaptchaPayload(payload).solution;
      expect(counter).toBeGreaterThanOrEqual(20);
      expect(counter).toBeLessThanOrEqual(40);
    }
  });

  it('accepts a real solution and claims it until its challenge expires', async () => {
    const challenge = await service.challenge();
    await expect(service.verify(await solveCaptcha(challenge))).resolves.toBeUndefined();
    expect(claims).toEqual([
      {
        signature: challenge.signature,
        expiresAt: new Date(challenge.parameters.expiresAt! * 1_000),
      },
    ]);
  });

  it('answers CAPTCHA_REPLAYED when the solution was already used', async () => {
    answer = 'replayed';
    const payload = await solveCaptcha(await service.challenge());
    expect(await code(service.verify(payload))).toBe(CaptchaErrorCode.Replayed);
  });

  it('answers CAPTCHA_INVALID when the database clock says the challenge expired', async () => {
    answer = 'expired';
    const payload = await solveCaptcha(await service.challenge());
    expect(await code(service.verify(payload))).toBe(CaptchaErrorCode.Invalid);
  });

  it('refuses missing and malformed payloads without touching the database', async () => {
    const garbage = [
      undefined,
      '',
      'not base64!',
      Buffer.from('not json').toString('base64'),
      // What the widget sends in its `test` mode.
      encodeCaptchaPayload({ challenge: null, solution: null, test: true }),
      // An ALTCHA v1 payload.
      encodeCaptchaPayload({ algorithm: 'SHA-256', challenge: 'ab', number: 1, salt: 's' }),
      'A'.repeat(5_000),
    ];
    for (const payload of garbage) {
      expect(await code(service.verify(payload))).toBe(CaptchaErrorCode.Invalid);
    }
    expect(claims).toEqual([]);
  });

  it('refuses a tampered signature, eased parameters and a wrong derived key', async () => {
    const solved = decodeCaptchaPayload(await solveCaptcha(await service.challenge()));
    const flip = (hex: string) => `${hex[0] === '0' ? '1' : '0'}${hex.slice(1)}`;
    const { challenge, solution } = solved;
    const tampered = [
      { challenge: { ...challenge, signature: flip(challenge.signature) }, solution },
      {
        challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 1 } },
        solution,
      },
      {
        challenge: {
          ...challenge,
          parameters: { ...challenge.parameters, expiresAt: 4_102_444_800 },
        },
        solution,
      },
      { challenge, solution: { ...solution, derivedKey: flip(solution.derivedKey) } },
      { challenge, solution: { ...solution, derivedKey: 'not hex' } },
      { challenge, solution: { derivedKey: solution.derivedKey } },
    ];
    for (const payload of tampered) {
      expect(await code(service.verify(encodeCaptchaPayload(payload)))).toBe(
        CaptchaErrorCode.Invalid,
      );
    }
    expect(claims).toEqual([]);
  });

  it('refuses a wrong number: the key derived from another counter', async () => {
    const solved = decodeCaptchaPayload(await solveCaptcha(await service.challenge()));
    const { nonce, salt, cost, keyLength } = solved.challenge.parameters;
    const counter = solved.solution.counter - 1;
    // The protocol's password: the nonce followed by the counter as a big-endian uint32.
    const password = Buffer.concat([Buffer.from(nonce, 'hex'), Buffer.alloc(4)]);
    password.writeUInt32BE(counter, password.length - 4);
    const derivedKey = pbkdf2Sync(password, Buffer.from(salt, 'hex'), cost, keyLength, 'sha256');
    const payload = encodeCaptchaPayload({
      challenge: solved.challenge,
      solution: { counter, derivedKey: derivedKey.toString('hex') },
    });
    expect(await code(service.verify(payload))).toBe(CaptchaErrorCode.Invalid);
    expect(claims).toEqual([]);
  });

  it('refuses a solution after its challenge expired', async () => {
    const payload = await solveCaptcha(await service.challenge());
    const later = Date.now() + 601_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    expect(await code(service.verify(payload))).toBe(CaptchaErrorCode.Invalid);
    expect(claims).toEqual([]);
  });

  it('refuses a challenge signed under another master key', async () => {
    const payload = await solveCaptcha(await newService(crypto(2)).challenge());
    expect(await code(service.verify(payload))).toBe(CaptchaErrorCode.Invalid);
  });
});
