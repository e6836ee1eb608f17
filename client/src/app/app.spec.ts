import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { answerDevInboxCheck } from '../testing/answer-dev-inbox-check';
import { renderApp, textOf } from '../testing/render-app';
import { sessionInfo } from '../testing/session-info';
import { App } from './app';
import { routes } from './app.routes';
import { provideI18n } from './core/i18n';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const languageButton = (fixture: ComponentFixture<App>, language: string): HTMLButtonElement => {
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      `button[data-testid="language-${language}"]`,
    );
    if (!button) throw new Error(`no ${language} language button`);
    return button;
  };

  it('shows the header, the page in <main> and the footer, in French', async () => {
    const fixture = await renderApp('/login');
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('header')).not.toBeNull();
    expect(page.querySelector('main [data-testid="login-page"]')).not.toBeNull();
    expect(page.querySelector('footer')).not.toBeNull();
    expect(textOf(fixture, '[data-testid="app-brand"]')).toBe('Guichet');
    expect(textOf(fixture, '[data-testid="user-menu-sign-in"]')).toBe('Se connecter');
    expect(textOf(fixture, 'footer')).toContain('espace client sécurisé');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('names the language switch and each language for screen readers', async () => {
    const fixture = await renderApp('/login');
    const group = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="language-switch"]',
    );

    expect(group?.getAttribute('aria-label')).toBe("Langue de l'interface");
    expect(languageButton(fixture, 'fr').getAttribute('aria-label')).toBe('Français');
    expect(languageButton(fixture, 'en').getAttribute('aria-label')).toBe('English');
    expect(languageButton(fixture, 'fr').getAttribute('aria-checked')).toBe('true');
  });

  it('switches the visible text, <html lang> and the tab title to English and back', async () => {
    const fixture = await renderApp('/login');
    expect(document.title).toBe('Connexion · Guichet');

    languageButton(fixture, 'en').click();
    await fixture.whenStable();

    expect(textOf(fixture, 'h1')).toBe('Sign in');
    expect(textOf(fixture, '[data-testid="user-menu-sign-in"]')).toBe('Sign in');
    expect(textOf(fixture, 'footer')).toContain('secure client area');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Sign in · Guichet');
    expect(languageButton(fixture, 'en').getAttribute('aria-checked')).toBe('true');

    languageButton(fixture, 'fr').click();
    await fixture.whenStable();

    expect(textOf(fixture, 'h1')).toBe('Connexion');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Connexion · Guichet');
  });

  it('moves the choice and the focus with the arrow keys, the chosen language the only tab stop', async () => {
    const fixture = await renderApp('/login');
    const french = languageButton(fixture, 'fr');
    expect(french.tabIndex).toBe(0);
    expect(languageButton(fixture, 'en').tabIndex).toBe(-1);

    french.focus();
    french.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await fixture.whenStable();
    fixture.detectChanges();

    const english = languageButton(fixture, 'en');
    expect(document.activeElement).toBe(english);
    expect(english.getAttribute('aria-checked')).toBe('true');
    expect(english.tabIndex).toBe(0);
    expect(french.tabIndex).toBe(-1);
    expect(document.documentElement.lang).toBe('en');

    english.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await fixture.whenStable();
    fixture.detectChanges();

    expect(document.activeElement).toBe(french);
    expect(document.documentElement.lang).toBe('fr');
  });

  it('saves the language a signed-in user picks for their mails and SMS, and only then', async () => {
    const fixture = await renderApp('/home', { session: sessionInfo() });
    const http = TestBed.inject(HttpTestingController);
    languageButton(fixture, 'en').click();
    await fixture.whenStable();

    const saved = http.expectOne('/api/profile/language');
    expect(saved.request.method).toBe('PUT');
    expect(saved.request.body).toEqual({ language: 'en' });
    saved.flush(null, { status: 204, statusText: 'No Content' });

    // Picking the language already shown saves nothing.
    languageButton(fixture, 'en').click();
    await fixture.whenStable();
    http.expectNone('/api/profile/language');
  });

  it('saves nothing for a visitor, whose choice stays in the browser', async () => {
    const fixture = await renderApp('/login');
    languageButton(fixture, 'en').click();
    await fixture.whenStable();

    TestBed.inject(HttpTestingController).expectNone('/api/profile/language');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends the home address to the sign-in page', async () => {
    await renderApp('/');

    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('sends the home address of a signed-in user home', async () => {
    const fixture = await renderApp('/', { session: sessionInfo() });

    expect(TestBed.inject(Router).url).toBe('/home');
    expect(textOf(fixture, 'main h1')).toBe('Bienvenue, Madame Bataillon');
    expect(document.title).toBe('Accueil · Guichet');
  });

  it('shows the not-found page for an unknown address', async () => {
    const fixture = await renderApp('/nowhere/to/be/found');

    expect(textOf(fixture, 'main h1')).toBe('Page introuvable');
    expect(document.title).toBe('Page introuvable · Guichet');
  });

  it('offers sign-in at the top right', async () => {
    const fixture = await renderApp('/nowhere');
    const signIn = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      'header [data-testid="user-menu-sign-in"]',
    );

    expect(signIn?.textContent.trim()).toBe('Se connecter');
    expect(signIn?.getAttribute('href')).toBe('/login');
  });

  describe('in development mode', () => {
    it('leads to the dev inbox from the footer', async () => {
      const fixture = await renderApp('/login', { devInbox: true });
      const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
        'footer [data-testid="footer-dev-inbox"]',
      );

      expect(link?.textContent.trim()).toBe('Boîte de réception de développement');
      expect(link?.getAttribute('href')).toBe('/dev/inbox');
    });

    it('opens the dev inbox page', async () => {
      TestBed.configureTestingModule({
        providers: [
          provideRouter(routes),
          provideI18n(),
          provideHttpClient(),
          provideHttpClientTesting(),
        ],
      });
      answerDevInboxCheck(true);
      const fixture = TestBed.createComponent(App);

      await TestBed.inject(Router).navigateByUrl('/dev/inbox');
      TestBed.tick();
      TestBed.inject(HttpTestingController).expectOne('/api/dev/inbox').flush([]);
      await fixture.whenStable();

      expect(textOf(fixture, 'main h1')).toBe('Boîte de réception de développement');
      expect(document.title).toBe('Boîte de réception de développement · Guichet');
    });
  });

  describe('in production', () => {
    it('has no dev inbox link in the footer', async () => {
      const fixture = await renderApp('/login');

      expect(textOf(fixture, 'footer')).not.toContain('développement');
      expect(
        (fixture.nativeElement as HTMLElement).querySelector('[data-testid="footer-dev-inbox"]'),
      ).toBeNull();
    });

    it('answers the dev inbox address with the not-found page', async () => {
      const fixture = await renderApp('/dev/inbox');

      expect(TestBed.inject(Router).url).toBe('/dev/inbox');
      expect(textOf(fixture, 'main h1')).toBe('Page introuvable');
    });
  });
});
