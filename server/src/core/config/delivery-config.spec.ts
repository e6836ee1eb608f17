import { createHash } from 'node:crypto';
import { cryptoConfig } from './crypto.config';
import { mailConfig } from './mail.config';
import { smsConfig } from './sms.config';

describe('delivery configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const withEnv = (env: Record<string, string>) => {
    process.env = { PATH: saved.PATH, ...env };
  };

  it('captures mail in the dev inbox in development, and refuses production without SMTP_URL', () => {
    withEnv({});
    expect(mailConfig().smtpUrl).toBeUndefined();
    withEnv({ NODE_ENV: 'production' });
    expect(() => mailConfig()).toThrow(/^SMTP_URL: must be set in production/);
    withEnv({ NODE_ENV: 'production', SMTP_URL: 'smtps://user:secret@smtp.example.com:465' });
    expect(() => mailConfig()).toThrow(/^MAIL_FROM: must be set in production/);
    withEnv({
      NODE_ENV: 'production',
      SMTP_URL: 'smtps://user:secret@smtp.example.com:465',
      MAIL_FROM: 'Cabinet <no-reply@cabinet.example>',
    });
    expect(mailConfig().smtpUrl).toBe('smtps://user:secret@smtp.example.com:465');
  });

  it('refuses a sender that is not an address and an SMTP URL of another protocol', () => {
    withEnv({ MAIL_FROM: 'Guichet' });
    expect(() => mailConfig()).toThrow(/^MAIL_FROM:/);
    withEnv({ SMTP_URL: 'http://smtp.example.com' });
    expect(() => mailConfig()).toThrow(/^SMTP_URL: must start with smtp:\/\/ or smtps:\/\//);
  });

  it('sends SMS to the dev inbox in development and requires a real provider setting in production', () => {
    withEnv({});
    expect(smsConfig().provider).toBe('dev-inbox');
    withEnv({ NODE_ENV: 'production' });
    expect(smsConfig().provider).toBe('none');
    withEnv({ NODE_ENV: 'production', SMS_PROVIDER: 'dev-inbox' });
    expect(() => smsConfig()).toThrow(/^SMS_PROVIDER: dev-inbox is for development/);
    withEnv({ SMS_PROVIDER: 'twilio', SMS_TWILIO_ACCOUNT_SID: 'AC1', SMS_TWILIO_AUTH_TOKEN: 't' });
    expect(() => smsConfig()).toThrow(/^SMS_TWILIO_FROM: must be set when SMS_PROVIDER=twilio/);
    withEnv({ SMS_PROVIDER: 'http' });
    expect(() => smsConfig()).toThrow(/^SMS_HTTP_URL:/);
  });

  it('requires a 32-byte master key in production and uses the development key elsewhere', () => {
    withEnv({ NODE_ENV: 'production' });
    expect(() => cryptoConfig()).toThrow(/^MASTER_KEY: must be set in production/);
    withEnv({ MASTER_KEY: Buffer.alloc(16).toString('base64') });
    expect(() => cryptoConfig()).toThrow('MASTER_KEY: must be 32 bytes in base64 (got 16 bytes)');
    withEnv({ MASTER_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(cryptoConfig().masterKey).toEqual(Buffer.alloc(32, 7));
    withEnv({});
    expect(cryptoConfig().keyId).toBe('dev');
    const developmentKey = createHash('sha256').update('guichet development master key');
    withEnv({ NODE_ENV: 'production', MASTER_KEY: developmentKey.digest('base64') });
    expect(() => cryptoConfig()).toThrow(/^MASTER_KEY: is the publicly known development key/);
  });
});
