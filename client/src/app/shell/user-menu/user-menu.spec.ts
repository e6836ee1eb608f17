import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderApp, textOf } from '../../../testing/render-app';
import { adminSession, sessionInfo, staffSession } from '../../../testing/session-info';
import type { App } from '../../app';
import { SessionStore } from '../../core/session/session-store';

describe('UserMenu', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  /** Opens the menu; its panel renders in the CDK overlay container, outside the component. */
  const open = async (fixture: ComponentFixture<App>) => {
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="user-menu-button"]')
      ?.click();
    await fixture.whenStable();
    return [...document.querySelectorAll<HTMLElement>('.mat-mdc-menu-panel [mat-menu-item]')].map(
      (item) => [item.textContent.trim(), item.getAttribute('href')],
    );
  };

  it('offers a visitor to sign in', async () => {
    const fixture = await renderApp('/login');

    expect(textOf(fixture, 'header [data-testid="user-menu-sign-in"]')).toBe('Se connecter');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="user-menu-button"]'),
    ).toBeNull();
  });

  it('names the signed-in person and their firm', async () => {
    const fixture = await renderApp('/home', { session: staffSession() });

    expect(textOf(fixture, '[data-testid="user-menu-name"]')).toBe('Camille Gestionnaire');
    expect(textOf(fixture, '[data-testid="user-menu-firm"]')).toBe('Cabinet Demo');
  });

  it('leads an admin home, to their profile and to the administration', async () => {
    const fixture = await renderApp('/home', { session: adminSession() });

    expect(await open(fixture)).toEqual([
      ['Accueil', '/home'],
      ['Mon profil', '/profile'],
      ['Administration', '/admin'],
      ['Se déconnecter', null],
    ]);
  });

  it('has no administration for other users', async () => {
    const fixture = await renderApp('/home', { session: sessionInfo() });

    expect(await open(fixture)).toEqual([
      ['Accueil', '/home'],
      ['Mon profil', '/profile'],
      ['Se déconnecter', null],
    ]);
  });

  it('offers only signing out while a step is pending', async () => {
    const fixture = await renderApp('/change-password', {
      session: adminSession({ nextStep: 'change-password' }),
    });

    expect(await open(fixture)).toEqual([['Se déconnecter', null]]);
  });

  it('signs out on the server, then shows the sign-in page saying so', async () => {
    const fixture = await renderApp('/home', { session: sessionInfo() });
    await open(fixture);

    document.querySelector<HTMLButtonElement>('[data-testid="user-menu-sign-out"]')?.click();
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'POST', url: '/api/auth/sign-out' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login?signedOut=1');
    expect(textOf(fixture, '[data-testid="login-notice-signedOut"]')).toBe('Vous êtes déconnecté.');
    expect(textOf(fixture, 'header [data-testid="user-menu-sign-in"]')).toBe('Se connecter');

    await TestBed.inject(Router).navigateByUrl('/home');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fhome');
  });
});
