import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Translator } from '../core/i18n';
import { NotFoundPage } from './not-found-page';

describe(NotFoundPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('says the page does not exist and links back home, in the current language', async () => {
    const fixture = TestBed.createComponent(NotFoundPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent.trim()).toBe('Page introuvable');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/');

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent.trim()).toBe('Page not found');
    expect(page.querySelector('a')?.textContent.trim()).toBe('Back to home');
  });
});
