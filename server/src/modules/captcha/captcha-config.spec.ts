import { captchaConfig } from '../../core/config/captcha.config';

describe('captchaConfig', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const withEnv = (env: Record<string, string>) => {
    process.env = { PATH: saved.PATH, ...env };
  };

  it('asks for about a second of work on a phone and gives ten minutes to use it', () => {
    withEnv({});
    expect(captchaConfig()).toEqual({
      algorithm: 'PBKDF2/SHA-256',
      cost: 1_000,
      complexity: 5_000,
      ttlSeconds: 600,
    });
  });

  it('reads both settings and names the variable when one is wrong', () => {
    withEnv({ CAPTCHA_COMPLEXITY: '20000', CAPTCHA_TTL_SECONDS: '120' });
    expect(captchaConfig()).toMatchObject({ complexity: 20_000, ttlSeconds: 120 });
    withEnv({ CAPTCHA_COMPLEXITY: '0' });
    expect(() => captchaConfig()).toThrow(/^CAPTCHA_COMPLEXITY: must be a whole number/);
    withEnv({ CAPTCHA_TTL_SECONDS: 'ten minutes' });
    expect(() => captchaConfig()).toThrow(/^CAPTCHA_TTL_SECONDS:/);
  });
});
