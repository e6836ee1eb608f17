import { appConfig } from './app.config';
import { databaseConfig } from './database.config';

describe('configuration namespaces', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const withEnv = (env: Record<string, string | undefined>) => {
    process.env = {
      ...saved,
      NODE_ENV: undefined,
      PORT: undefined,
      HOST: undefined,
      DATABASE_URL: undefined,
      ...env,
    };
  };

  it('listens on 127.0.0.1:3000 in development by default', () => {
    withEnv({});
    expect(appConfig()).toEqual(
      expect.objectContaining({
        mode: 'development',
        host: '127.0.0.1',
        port: 3000,
        publicUrl: 'http://localhost:3000/',
      }),
    );
  });

  it('names the variable when the port or host is wrong', () => {
    withEnv({ PORT: 'abc' });
    expect(() => appConfig()).toThrow(/^PORT:/);
    withEnv({ HOST: 'my host' });
    expect(() => appConfig()).toThrow(/^HOST:/);
  });

  it('uses the embedded database when DATABASE_URL is unset, except in production', () => {
    withEnv({});
    expect(databaseConfig().url).toBeUndefined();
    withEnv({ NODE_ENV: 'production' });
    expect(() => databaseConfig()).toThrow(/^DATABASE_URL: must be set in production/);
    withEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://db.internal/guichet' });
    expect(databaseConfig().url).toBe('postgresql://db.internal/guichet');
  });

  it('requires an https PUBLIC_URL in production, so that cookies are Secure', () => {
    withEnv({ NODE_ENV: 'production' });
    expect(() => appConfig()).toThrow(/^PUBLIC_URL: must be set in production/);
    withEnv({ NODE_ENV: 'production', PUBLIC_URL: 'http://guichet.example.com' });
    expect(() => appConfig()).toThrow(/^PUBLIC_URL: must be set in production/);
    withEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://guichet.example.com' });
    expect(appConfig().publicUrl).toBe('https://guichet.example.com/');
  });

  it('reads TRUST_PROXY as hops or addresses, and refuses trusting every hop', () => {
    withEnv({});
    expect(appConfig().trustProxy).toBe(false);
    withEnv({ TRUST_PROXY: '1' });
    expect(appConfig().trustProxy).toBe(1);
    withEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' });
    expect(appConfig().trustProxy).toBe('loopback,10.0.0.0/8,fd00::/8');
    for (const bad of ['true', '10.0.0.0/33', 'proxy.internal']) {
      withEnv({ TRUST_PROXY: bad });
      expect(() => appConfig()).toThrow(/^TRUST_PROXY:/);
    }
  });
});
