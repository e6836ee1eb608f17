import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderApp, textOf } from '../../../testing/render-app';
import { adminSession, sessionInfo, staffSession } from '../../../testing/session-info';

describe('MainNav', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const links = (fixture: Awaited<ReturnType<typeof renderApp>>) =>
    [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>(
        'nav[aria-label="Menu principal"] a',
      ),
    ].map((link) => [link.textContent.trim(), link.getAttribute('href'), link.ariaCurrent]);

  it('leads a signed-in user to the parcels and the profile, from the left of every page', async () => {
    const fixture = await renderApp('/home', { session: sessionInfo() });

    expect(links(fixture)).toEqual([
      ['Accueil', '/home', 'page'],
      ['Dossiers sécurisés', '/parcels/received', null],
      ["Bordereaux d'expédition", '/parcels/sent', null],
      ['Envoyer un dossier', '/parcels/new', null],
      ['Mon profil', '/profile', null],
    ]);
  });

  it('leads staff to their secure messages too (PARCEL-8)', async () => {
    const fixture = await renderApp('/home', { session: staffSession() });
    expect(links(fixture)).toContainEqual(['Messages sécurisés', '/messages', null]);
  });

  it('leads staff and admins to the CRM (« Relation client »), never clients', async () => {
    const staff = await renderApp('/home', { session: staffSession() });
    expect(links(staff)).toContainEqual(['Relation client', '/crm', null]);
    TestBed.resetTestingModule();

    const client = await renderApp('/home', { session: sessionInfo() });
    expect(links(client).map(([label]) => label)).not.toContain('Relation client');
  });

  it('leads admins to the administration, never staff or clients', async () => {
    const admin = await renderApp('/home', { session: adminSession() });
    expect(links(admin).at(-1)).toEqual(['Administration', '/admin', null]);
    TestBed.resetTestingModule();

    for (const session of [staffSession(), sessionInfo()]) {
      const fixture = await renderApp('/home', { session });
      expect(links(fixture).map(([, href]) => href)).not.toContain('/admin');
      TestBed.resetTestingModule();
    }
  });

  it('is not there before signing in, nor while a pending step comes first', async () => {
    const visitor = await renderApp('/login');
    expect(links(visitor)).toEqual([]);
    TestBed.resetTestingModule();

    const pending = await renderApp('/change-password', {
      session: sessionInfo({ nextStep: 'change-password' }),
    });
    expect(links(pending)).toEqual([]);
  });

  it('opens the received parcels in the shell, marking where the user is', async () => {
    const fixture = await renderApp('/parcels', { session: staffSession() });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/parcels/received')
      .flush({ items: [], nextCursor: null });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/parcels/received');
    expect(textOf(fixture, 'main h1')).toBe('Dossiers sécurisés');
    expect(document.title).toBe('Dossiers sécurisés · Guichet');
    expect(links(fixture)[1]).toEqual(['Dossiers sécurisés', '/parcels/received', 'page']);
  });

  it('sends a visitor who follows a parcel link to sign in first, and back afterwards', async () => {
    await renderApp('/parcels/fa7ce100-0000-4000-8000-000000000001');

    expect(TestBed.inject(Router).url).toBe(
      '/login?returnUrl=%2Fparcels%2Ffa7ce100-0000-4000-8000-000000000001',
    );
  });
});
