import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderApp, textOf } from '../../../testing/render-app';
import { sessionInfo } from '../../../testing/session-info';

describe('UpcomingPage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('stands in for the password change and lets the user sign out', async () => {
    const fixture = await renderApp('/change-password', {
      session: sessionInfo({ nextStep: 'change-password' }),
    });

    expect(textOf(fixture, 'main h1')).toBe('Changement du mot de passe');
    expect(textOf(fixture, '[data-testid="upcoming-message"]')).toBe(
      'Cette étape arrive dans une prochaine version.',
    );
    expect(document.title).toBe('Changement du mot de passe · Guichet');

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
});
