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
});
