import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { renderApp, startApp, textOf } from '../../testing/render-app';
import { adminSession, sessionInfo, staffSession } from '../../testing/session-info';
import { App } from '../app';

describe('admin routes', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('open on the accounts inside the admin frame, for an admin', async () => {
    startApp({ session: adminSession() });
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);

    await router.navigateByUrl('/admin');
    // Renders the admin frame, whose outlet then creates the page and its request.
    TestBed.tick();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/admin/accounts')
      .flush({ items: [], nextCursor: null });
    await fixture.whenStable();

    expect(router.url).toBe('/admin/accounts');
    expect(textOf(fixture, 'main h1')).toBe('Administration');
    expect(textOf(fixture, 'main h2')).toBe('Comptes du cabinet');
    const sections = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>(
        'nav[aria-label="Rubriques de l\'administration"] a',
      ),
    ].map((link) => [link.textContent.trim(), link.getAttribute('href'), link.ariaCurrent]);
    expect(sections).toEqual([
      ['Comptes', '/admin/accounts', 'page'],
      ['Nouveau compte', '/admin/accounts/new', null],
      ['Chargés de compte', '/admin/account-managers', null],
      ['Dossiers sécurisés', '/admin/parcels', null],
      ['Paramètres des dossiers', '/admin/parcel-settings', null],
      ["Vérifications d'identité", '/admin/identity-reviews', null],
      ["Journal d'audit", '/admin/audit', null],
      ['Messages en attente', '/admin/outbox', null],
      ['Stratégie des mots de passe', '/admin/password-policy', null],
      ['Niveau de sécurité mot de passe', '/admin/password-compliance', null],
      ["Clés d'API", '/admin/api-keys', null],
      ['Durées de conservation', '/admin/retention', null],
    ]);
    expect(document.title).toBe('Comptes du cabinet · Guichet');
  });

  it('show the outbox in its section', async () => {
    startApp({ session: adminSession() });
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/admin/outbox');
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/admin/outbox').flush([]);
    await fixture.whenStable();

    expect(textOf(fixture, 'main h2')).toBe('Messages en attente ou en échec');
    expect(
      (fixture.nativeElement as HTMLElement)
        .querySelector('[data-testid="admin-nav-outbox"]')
        ?.getAttribute('aria-current'),
    ).toBe('page');
  });

  it.each([
    ['staff', staffSession()],
    ['client', sessionInfo()],
  ])('do not exist for %s users: the not-found page shows', async (_role, session) => {
    const fixture = await renderApp('/admin/outbox', { session });

    expect(TestBed.inject(Router).url).toBe('/admin/outbox');
    expect(textOf(fixture, 'main h1')).toBe('Page introuvable');
    TestBed.inject(HttpTestingController).expectNone('/api/admin/outbox');
  });

  it('ask a signed-out visitor to sign in first, and lead back afterwards', async () => {
    await renderApp('/admin/outbox');

    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fadmin%2Foutbox');
  });

  it('wait for the pending step of an admin who has one', async () => {
    await renderApp('/admin', { session: adminSession({ nextStep: 'change-password' }) });

    expect(TestBed.inject(Router).url).toBe('/change-password');
  });
});
