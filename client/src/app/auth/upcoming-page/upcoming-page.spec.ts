import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderApp, textOf } from '../../../testing/render-app';
import { sessionInfo } from '../../../testing/session-info';

describe('UpcomingPage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('stands in for the legacy migration and lets the user sign out', async () => {
    const fixture = await renderApp('/legacy-migration', {
      session: sessionInfo({ nextStep: 'legacy-migration' }),
    });

    expect(textOf(fixture, 'main h1')).toBe('Mise à jour de votre accès');
    expect(textOf(fixture, '[data-testid="upcoming-message"]')).toBe(
      'Cette étape arrive dans une prochaine version.',
    );
    expect(document.title).toBe('Mise à jour de votre accès · Guichet');

    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="upcoming-sign-out"]')
      ?.click();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/sign-out')
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/login?signedOut=1');
  });

  it('is not reachable by a user who has no such step', async () => {
    await renderApp('/change-password', { session: sessionInfo() });

    expect(TestBed.inject(Router).url).toBe('/home');
  });

  it.each([
    ['/forgot-password', 'Mot de passe oublié'],
    ['/first-connection', 'Première connexion'],
    ['/lost-identifier', 'Identifiants oubliés'],
  ])('stands in for %s, with a way back to sign in', async (url, heading) => {
    const fixture = await renderApp(url);

    expect(textOf(fixture, 'main h1')).toBe(heading);
    expect(
      (fixture.nativeElement as HTMLElement)
        .querySelector('[data-testid="upcoming-back"]')
        ?.getAttribute('href'),
    ).toBe('/login');
  });
});
