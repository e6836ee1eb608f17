import { TestBed } from '@angular/core/testing';
import { LocalizedDatePipe } from './localized-date-pipe';
import { provideI18n } from './provide-i18n';
import { Translator } from './translator';

describe(LocalizedDatePipe.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18n()] });
  });

  const pipe = () => TestBed.runInInjectionContext(() => new LocalizedDatePipe());

  it('writes a date the French way, then the English way right after a switch', () => {
    const date = pipe();
    const at = '2026-11-23T12:00:00.000Z';

    expect(date.transform(at, 'd MMMM y')).toBe('23 novembre 2026');

    TestBed.inject(Translator).use('en');

    expect(date.transform(at, 'd MMMM y')).toBe('23 November 2026');
    expect(date.transform(at, 'longDate')).toBe('November 23, 2026');
  });
});
