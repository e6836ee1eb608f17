import { TestBed } from '@angular/core/testing';
import { renderApp, textOf } from '../../testing/render-app';
import { adminSession, sessionInfo, staffSession } from '../../testing/session-info';
import { Translator } from '../core/i18n';

describe('HomePage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const adminLink = (fixture: Awaited<ReturnType<typeof renderApp>>) =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      '[data-testid="home-admin"]',
    );

  it('greets a client by civility and name, with the firm', async () => {
    const fixture = await renderApp('/home', { session: sessionInfo() });

    expect(textOf(fixture, 'main h1')).toBe('Bienvenue, Madame Bataillon');
    expect(textOf(fixture, '[data-testid="home-firm"]')).toBe('Votre espace chez Cabinet Demo');
    expect(adminLink(fixture)).toBeNull();

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect(textOf(fixture, 'main h1')).toBe('Welcome, Mrs Bataillon');
  });

  it('leads to the secure parcels: received, sent, and a new one', async () => {
    const fixture = await renderApp('/home', { session: sessionInfo() });
    const href = (testId: string) =>
      (fixture.nativeElement as HTMLElement)
        .querySelector(`main [data-testid="${testId}"]`)
        ?.getAttribute('href');

    expect(href('home-parcels-received')).toBe('/parcels/received');
    expect(href('home-parcels-sent')).toBe('/parcels/sent');
    expect(href('home-parcels-new')).toBe('/parcels/new');
    expect(textOf(fixture, '[data-testid="home-parcels-received"]')).toBe('Dossiers sécurisés');
  });

  it('leads an admin to the administration', async () => {
    const fixture = await renderApp('/home', { session: adminSession() });

    expect(textOf(fixture, 'main h1')).toBe('Bienvenue, Alex Administrateur');
    expect(adminLink(fixture)?.getAttribute('href')).toBe('/admin');
  });

  it('has no administration link for staff', async () => {
    const fixture = await renderApp('/home', { session: staffSession() });

    expect(adminLink(fixture)).toBeNull();
  });
});
