import { TestBed } from '@angular/core/testing';
import { loadDictionary } from './dictionaries';
import type { TranslationKey } from './fr';
import { Translator } from './translator';

describe(Translator.name, () => {
  const create = (): Translator => TestBed.inject(Translator);

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('speaks French by default and says so to the browser', () => {
    const translator = create();

    expect(translator.language()).toBe('fr');
    expect(translator.t('login.heading')).toBe('Connexion');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('switches to English, updates <html lang> and remembers the choice', () => {
    const translator = create();

    translator.use('en');

    expect(translator.language()).toBe('en');
    expect(translator.t('login.heading')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('guichet.language')).toBe('en');
  });

  it('starts in the language remembered from an earlier visit', () => {
    localStorage.setItem('guichet.language', 'en');

    const translator = create();

    expect(translator.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered language the product does not speak', () => {
    localStorage.setItem('guichet.language', 'de');

    expect(create().language()).toBe('fr');
  });

  it('still switches when the browser refuses storage', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const translator = create();

    translator.use('en');

    expect(translator.t('login.heading')).toBe('Sign in');
  });

  it('fills {placeholders}', () => {
    expect(create().t('shell.footer.copyright', { year: 2026 })).toBe(
      '© 2026 Guichet — espace client sécurisé',
    );
  });

  it('falls back to French when an English wording is missing at run time', async () => {
    const english: Record<string, string | undefined> = await loadDictionary('en');
    jest.replaceProperty(english, 'login.heading', undefined);
    const translator = create();

    await translator.use('en');

    expect(translator.t('login.heading')).toBe('Connexion');
    expect(translator.t('login.password.label')).toBe('Password');
  });

  it('shows the key itself for a string that is not a key (e.g. an unknown server code)', () => {
    const translator = create();
    const serverCode = 'ACCOUNT_LOCKED';

    expect(translator.has(serverCode)).toBe(false);
    expect(translator.t(serverCode as TranslationKey)).toBe('ACCOUNT_LOCKED');
    expect(translator.has('login.heading')).toBe(true);
  });
});
