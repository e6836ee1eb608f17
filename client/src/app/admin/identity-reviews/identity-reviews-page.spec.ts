import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Civility, IdentityErrorCode, type IdentityReview } from '@guichet/contracts';
import { apiError, nextRequest } from '../../../testing/identity-flow';
import { startApp, textOf } from '../../../testing/render-app';
import { adminSession } from '../../../testing/session-info';
import { App } from '../../app';

describe('IdentityReviewsPage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
  });

  const review = (changes: Partial<IdentityReview> = {}): IdentityReview => ({
    id: 'r-1',
    account: {
      id: 'a-3',
      accessCode: '25350003',
      civility: Civility.Mr,
      firstName: 'Marc',
      lastName: 'Durand',
      email: null,
      mobile: null,
      ...changes.account,
    },
    emailGiven: 'marc.durand@example.test',
    mobileGiven: '+33606101010',
    reason: 'no-sms-otp',
    state: 'pending',
    createdAt: '2026-03-02T09:00:00Z',
    decidedAt: null,
    decidedBy: null,
    ...changes,
  });
  const page = (fixture: ComponentFixture<App>) => fixture.nativeElement as HTMLElement;
  const element = <T extends HTMLElement>(fixture: ComponentFixture<App>, id: string) => {
    const found = page(fixture).querySelector<T>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const settle = async (fixture: ComponentFixture<App>) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };

  const open = async (items: IdentityReview[], nextCursor: string | null = null) => {
    startApp({ session: adminSession() });
    const fixture = TestBed.createComponent(App);
    const navigation = TestBed.inject(Router).navigateByUrl('/admin/identity-reviews');
    const request = await nextRequest({
      method: 'GET',
      url: '/api/admin/identity-reviews?state=pending',
    });
    request.flush({ items, nextCursor });
    await navigation;
    await settle(fixture);
    return fixture;
  };

  it('lists the pending requests, what is on file next to what was typed', async () => {
    const fixture = await open([review()]);

    expect(textOf(fixture, 'main h2')).toBe("Demandes de vérification d'identité");
    expect(element(fixture, 'admin-nav-identity-reviews').getAttribute('aria-current')).toBe(
      'page',
    );
    expect(textOf(fixture, '[data-testid="identity-review"] h3')).toBe('Monsieur Marc Durand');
    expect(textOf(fixture, '[data-testid="identity-review"]')).toContain("Code d'accès 25350003");
    expect(textOf(fixture, '[data-testid="on-file-email"]')).toBe('Aucun');
    expect(textOf(fixture, '[data-testid="given-email"]')).toBe('marc.durand@example.test');
    expect(textOf(fixture, '[data-testid="given-mobile"]')).toBe('+33 6 06 10 10 10');
    expect(document.title).toBe("Demandes de vérification d'identité · Guichet");
  });

  it('approves after a confirmation that names the address the link will go to', async () => {
    const fixture = await open([review()]);

    element(fixture, 'review-approve').click();
    await settle(fixture);
    expect(textOf(fixture, '.review-confirm-question')).toContain(
      'Envoyer le lien de définition du mot de passe à marc.durand@example.test ?',
    );
    expect(document.activeElement).toBe(page(fixture).querySelector('.review-confirm-question'));
    TestBed.inject(HttpTestingController).expectNone('/api/admin/identity-reviews/r-1/approve');

    element(fixture, 'review-confirm').click();
    (await nextRequest({ method: 'POST', url: '/api/admin/identity-reviews/r-1/approve' })).flush(
      review({
        state: 'approved',
        decidedAt: '2026-03-02T10:00:00Z',
        decidedBy: { id: 'adm', name: 'Alex Administrateur' },
      }),
    );
    await settle(fixture);

    expect(textOf(fixture, '[data-testid="reviews-outcome"]')).toBe(
      'Demande approuvée : le lien a été envoyé à marc.durand@example.test.',
    );
    expect(textOf(fixture, '[data-testid="review-decided"]')).toContain('Alex Administrateur');
    expect(page(fixture).querySelector('[data-testid="review-approve"]')).toBeNull();
  });

  it('can step back from a rejection before it is sent', async () => {
    const fixture = await open([review()]);

    element(fixture, 'review-reject').click();
    await settle(fixture);
    expect(textOf(fixture, '.review-confirm-question')).toBe(
      'Refuser la demande de Monsieur Marc Durand ? Aucun mail ne sera envoyé.',
    );
    element(fixture, 'review-cancel').click();
    await settle(fixture);

    expect(page(fixture).querySelector('[data-testid="review-approve"]')).not.toBeNull();
  });

  it('says when another admin decided first, and shows the list as it stands', async () => {
    const fixture = await open([review()]);

    element(fixture, 'review-reject').click();
    await settle(fixture);
    element(fixture, 'review-confirm').click();
    apiError(
      await nextRequest('/api/admin/identity-reviews/r-1/reject'),
      409,
      IdentityErrorCode.ReviewDecided,
    );
    (await nextRequest('/api/admin/identity-reviews?state=pending')).flush({
      items: [],
      nextCursor: null,
    });
    await settle(fixture);

    expect(textOf(fixture, '[data-testid="reviews-outcome"]')).toBe(
      'Cette demande a déjà été traitée.',
    );
    expect(textOf(fixture, '[data-testid="reviews-empty"]')).toBe('Aucune demande');
  });

  it('filters by state and loads more', async () => {
    const fixture = await open([review()], 'c2');

    element(fixture, 'reviews-load-more').click();
    (await nextRequest('/api/admin/identity-reviews?state=pending&cursor=c2')).flush({
      items: [review({ id: 'r-2', emailGiven: 'other@example.test' })],
      nextCursor: null,
    });
    await settle(fixture);
    expect(page(fixture).querySelectorAll('[data-testid="identity-review"]')).toHaveLength(2);
    expect(page(fixture).querySelector('[data-testid="reviews-load-more"]')).toBeNull();

    element(fixture, 'reviews-filter-rejected').querySelector('input')?.click();
    (await nextRequest('/api/admin/identity-reviews?state=rejected')).flush({
      items: [
        review({
          id: 'r-9',
          state: 'rejected',
          decidedAt: '2026-03-01T09:00:00Z',
          decidedBy: null,
        }),
      ],
      nextCursor: null,
    });
    await settle(fixture);

    expect(page(fixture).querySelectorAll('[data-testid="identity-review"]')).toHaveLength(1);
    expect(textOf(fixture, '.review-state')).toBe('Refusée');
  });

  it('says when the list cannot be loaded', async () => {
    startApp({ session: adminSession() });
    const fixture = TestBed.createComponent(App);
    const navigation = TestBed.inject(Router).navigateByUrl('/admin/identity-reviews');
    (await nextRequest('/api/admin/identity-reviews?state=pending')).error(
      new ProgressEvent('error'),
    );
    await navigation;
    await settle(fixture);

    expect(textOf(fixture, '[data-testid="reviews-load-error"]')).toBe(
      'Impossible de charger les demandes. Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    );
  });
});
