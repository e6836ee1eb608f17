import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiRoutes, type CaptchaChallenge, CaptchaErrorCode } from '@guichet/contracts';
import { IsOptional, IsString } from 'class-validator';
import { DataSource } from 'typeorm';
import { Transactions } from '../../server/src/core/database/transactions';
import { CaptchaSolutionRepository } from '../../server/src/modules/captcha/captcha-solution.repository';
import { CaptchaModule } from '../../server/src/modules/captcha/captcha.module';
import { CaptchaService } from '../../server/src/modules/captcha/captcha.service';
import { queryDatabase } from '../support/test-database';
import { startTestModuleApp, type TestModuleApp } from '../support/test-module-app';

class ProtectedFormDto {
  @IsOptional()
  @IsString()
  captcha?: string;
}

/** Stands for a form the CAPTCHA protects (sign-in), so that callers' answers are seen over HTTP. */
@Controller('test/protected-form')
class ProtectedFormController {
  constructor(private readonly captcha: CaptchaService) {}

  @Post()
  @HttpCode(204)
  submit(@Body() body: ProtectedFormDto): Promise<void> {
    return this.captcha.verify(body.captcha);
  }
}

/** The part of the `altcha` widget package (v3, `altcha/lib`) that solves in the browser. */
interface AltchaWidgetSolver {
  solveChallenge(options: {
    challenge: CaptchaChallenge;
    deriveKey: unknown;
  }): Promise<{ counter: number; derivedKey: string; time?: number } | null>;
  pbkdf2: { deriveKey: unknown };
}

/** Solves with the widget's own WebCrypto code and encodes the payload as the widget does. */
async function solveLikeTheWidget(challenge: CaptchaChallenge): Promise<string> {
  const widget = jest.requireActual<AltchaWidgetSolver>('altcha/lib');
  const solution = await widget.solveChallenge({ challenge, deriveKey: widget.pbkdf2.deriveKey });
  if (!solution) throw new Error('the widget found no solution');
  const payload = {
    challenge: { parameters: challenge.parameters, signature: challenge.signature },
    solution,
  };
  return btoa(JSON.stringify(payload));
}

describe('CAPTCHA', () => {
  // A small proof of work keeps the tests fast; the protocol is the same.
  const env = { CAPTCHA_COMPLEXITY: '30', CAPTCHA_TTL_SECONDS: '300' };
  let testApp: TestModuleApp;
  const start = (database?: TestModuleApp['database']) =>
    startTestModuleApp([CaptchaModule], { env, database, controllers: [ProtectedFormController] });
  const fetchChallenge = async (app = testApp) =>
    (await app.http.get(`/api/${ApiRoutes.captchaChallenge}`).expect(200)).body as CaptchaChallenge;
  const submit = (captcha: string | undefined, app = testApp) =>
    app.http.post('/api/test/protected-form').send(captcha === undefined ? {} : { captcha });

  beforeAll(async () => {
    testApp = await start();
  });

  afterAll(() => testApp.close());

  it('matches its entity exactly, so no change is left without a migration', async () => {
    const pending = await testApp.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(
      pending.upQueries.map((q) => q.query).filter((q) => q.includes('captcha_solution')),
    ).toEqual([]);
  });

  it('hands out a fresh signed challenge that no cache keeps', async () => {
    const now = Math.floor(Date.now() / 1_000);
    const response = await testApp.http.get('/api/captcha/challenge').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const challenge = response.body as CaptchaChallenge;
    expect(challenge).toEqual({
      parameters: {
        algorithm: 'PBKDF2/SHA-256',
        cost: 1_000,
        keyLength: 32,
        nonce: expect.stringMatching(/^[0-9a-f]{32}$/),
        salt: expect.stringMatching(/^[0-9a-f]{32}$/),
        keyPrefix: expect.stringMatching(/^[0-9a-f]{32}$/),
        keySignature: expect.stringMatching(/^[0-9a-f]{64}$/),
        expiresAt: expect.any(Number),
      },
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(challenge.parameters.expiresAt! - now).toBeGreaterThanOrEqual(299);
    expect(challenge.parameters.expiresAt! - now).toBeLessThanOrEqual(301);
    expect((await fetchChallenge()).signature).not.toBe(challenge.signature);
  });

  it("accepts the altcha widget's answer once, then answers CAPTCHA_REPLAYED", async () => {
    const payload = await solveLikeTheWidget(await fetchChallenge());
    await submit(payload).expect(204);
    const again = await submit(payload).expect(422);
    expect(again.body).toEqual({ code: CaptchaErrorCode.Replayed, message: expect.any(String) });
  });

  it('answers CAPTCHA_INVALID to a missing, malformed or unsolved answer', async () => {
    const challenge = await fetchChallenge();
    const guess = btoa(JSON.stringify({ challenge, solution: { counter: 0, derivedKey: '00' } }));
    for (const captcha of [undefined, '', 'not-a-payload', guess]) {
      const answer = await submit(captcha).expect(422);
      expect(answer.body.code).toBe(CaptchaErrorCode.Invalid);
    }
  });

  it('accepts one answer exactly once even when two instances race for it', async () => {
    const second = await start(testApp.database);
    try {
      const payload = await solveLikeTheWidget(await fetchChallenge(second));
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => submit(payload, i % 2 ? second : testApp)),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([204, 422, 422, 422, 422, 422, 422, 422]);
      expect(answers.filter((a) => a.status === 422).map((a) => a.body.code)).toEqual(
        Array(7).fill(CaptchaErrorCode.Replayed),
      );
    } finally {
      await second.close();
    }
  });

  it('keeps a used answer used when the action it protected rolls back', async () => {
    const captcha = testApp.app.get(CaptchaService);
    const payload = await solveLikeTheWidget(await fetchChallenge());
    await expect(
      testApp.app.get(Transactions).run(async () => {
        await captcha.verify(payload);
        throw new Error('wrong password');
      }),
    ).rejects.toThrow('wrong password');
    await expect(captcha.verify(payload)).rejects.toMatchObject({
      code: CaptchaErrorCode.Replayed,
    });
  });

  it('forgets used answers once their challenge expired, and judges expiry by the database clock', async () => {
    const solutions = testApp.app.get(CaptchaSolutionRepository, { strict: false });
    const url = testApp.database.url;
    await queryDatabase(
      url,
      `INSERT INTO captcha_solution (signature, expires_at)
       SELECT md5(i::text), now() - interval '1 minute' FROM generate_series(1, 150) i`,
    );
    const expired = `SELECT count(*)::int AS n FROM captcha_solution WHERE expires_at < now()`;
    // Bounded: one purge forgets at most its batch; the next ones finish the job. (The service
    // purges on a fraction of verifications, so the hot path rarely pays for it.)
    await solutions.purgeExpired(100);
    expect((await queryDatabase<{ n: number }>(url, expired))[0]!.n).toBe(50);
    await solutions.purgeExpired(100);
    expect((await queryDatabase<{ n: number }>(url, expired))[0]!.n).toBe(0);

    expect(await solutions.claim('f'.repeat(64), new Date(Date.now() - 1_000))).toBe('expired');
    expect(
      await queryDatabase(url, `SELECT * FROM captcha_solution WHERE signature = $1`, [
        'f'.repeat(64),
      ]),
    ).toEqual([]);
  });
});
