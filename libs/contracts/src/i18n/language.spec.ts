import { DEFAULT_LANGUAGE, isLanguage } from './language';

describe('isLanguage', () => {
  it('accepts the supported languages and French is the default', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(DEFAULT_LANGUAGE).toBe('fr');
  });

  it('rejects anything else, including a region-qualified tag', () => {
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage('fr-FR')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
