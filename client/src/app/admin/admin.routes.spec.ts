import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { App } from '../app';
import { routes } from '../app.routes';
import { provideI18n } from '../core/i18n';
import { answerDevInboxCheck } from '../../testing/answer-dev-inbox-check';
import { textOf } from '../../testing/render-app';

describe('admin routes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideI18n(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  it('open on the outbox inside the admin frame', async () => {
    answerDevInboxCheck(false);
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);

    await router.navigateByUrl('/admin');
    // Renders the admin frame, whose outlet then creates the page and its request.
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/admin/outbox').flush([]);
    await fixture.whenStable();

    expect(router.url).toBe('/admin/outbox');
    expect(textOf(fixture, 'main h1')).toBe('Administration');
    expect(textOf(fixture, 'main h2')).toBe('Messages en attente ou en échec');
    expect(
      (fixture.nativeElement as HTMLElement)
        .querySelector('[data-testid="admin-nav-outbox"]')
        ?.getAttribute('aria-current'),
    ).toBe('page');
    expect(document.title).toBe('Messages en attente ou en échec · Guichet');
  });
});
