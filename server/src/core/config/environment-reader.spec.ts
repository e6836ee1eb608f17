import { ConfigError } from './config-error';
import { EnvironmentReader } from './environment-reader';

describe(EnvironmentReader.name, () => {
  const reader = (env: Record<string, string>) => new EnvironmentReader(env);

  it('uses the default when a variable is unset or blank', () => {
    expect(reader({}).port('PORT', 3000)).toBe(3000);
    expect(reader({ PORT: '  ' }).port('PORT', 3000)).toBe(3000);
    expect(reader({ PORT: '8080' }).port('PORT', 3000)).toBe(8080);
  });

  it('rejects a port that is not a whole number in range, naming the variable', () => {
    for (const bad of ['abc', '3000.5', '70000', '-1', '0x10']) {
      expect(() => reader({ PORT: bad }).port('PORT', 3000)).toThrow(ConfigError);
      expect(() => reader({ PORT: bad }).port('PORT', 3000)).toThrow(
        /^PORT: must be a whole number/,
      );
    }
  });

  it('accepts only the listed values', () => {
    expect(reader({ MODE: 'b' }).oneOf('MODE', ['a', 'b'], 'a')).toBe('b');
    expect(() => reader({ MODE: 'c' }).oneOf('MODE', ['a', 'b'], 'a')).toThrow(
      'MODE: must be one of a, b (got "c")',
    );
  });

  it('reads booleans in the usual spellings and refuses others', () => {
    expect(reader({ FLAG: 'yes' }).boolean('FLAG', false)).toBe(true);
    expect(reader({ FLAG: 'OFF' }).boolean('FLAG', true)).toBe(false);
    expect(() => reader({ FLAG: 'maybe' }).boolean('FLAG', true)).toThrow(/^FLAG:/);
  });

  it('checks a URL protocol without echoing the URL, which may hold a password', () => {
    expect(reader({ DB: 'postgres://u:p@h/d' }).url('DB', ['postgres:'])?.hostname).toBe('h');
    const attempt = () => reader({ DB: 'mysql://u:secret@h/d' }).url('DB', ['postgres:']);
    expect(attempt).toThrow(/^DB: must start with postgres:\/\//);
    expect(attempt).not.toThrow(/secret/);
    expect(() => reader({ DB: 'not a url' }).url('DB', ['postgres:'])).toThrow(
      'DB: is not a valid URL',
    );
  });
});
