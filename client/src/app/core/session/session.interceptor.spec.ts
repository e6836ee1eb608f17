import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthErrorCode, CommonErrorCode } from '@guichet/contracts';
import { renderApp, textOf } from '../../../testing/render-app';
import { sessionInfo } from '../../../testing/session-info';
import { SessionStore } from './session-store';

describe('sessionInterceptor', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const call = (url: string) => {
    const outcome: { error?: unknown } = {};
    TestBed.inject(HttpClient)
      .get(url)
      .subscribe({ error: (error: unknown) => (outcome.error = error) });
    return { request: TestBed.inject(HttpTestingController).expectOne(url), outcome };
  };

  const refuse = (code: string) =>
    [
      { code, message: 'Sign in' },
      { status: 401, statusText: 'Unauthorized' },
    ] as const;

  it.each([AuthErrorCode.SessionExpired, CommonErrorCode.Unauthenticated])(
    'sends a signed-in user whose session the server no longer knows (%s) to sign in again',
    async (code) => {
      const fixture = await renderApp('/home', { session: sessionInfo() });

      const { request, outcome } = call('/api/parcels');
      request.flush(...refuse(code));
      TestBed.inject(HttpTestingController)
        .expectOne('/api/auth/sign-out')
        .flush(null, { status: 204, statusText: 'No Content' });
      await fixture.whenStable();

      expect(outcome.error).toBeDefined();
      expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
      expect(TestBed.inject(Router).url).toBe('/login?expired=1&returnUrl=%2Fhome');
      expect(textOf(fixture, '[data-testid="login-notice-expired"]')).toBe(
        'Votre session a expiré. Reconnectez-vous pour continuer.',
      );
      expect(textOf(fixture, 'header')).toContain('Se connecter');
    },
  );

  it('leaves a 401 alone for a visitor who was not signed in', async () => {
    await renderApp('/login');

    call('/api/parcels').request.flush(...refuse(CommonErrorCode.Unauthenticated));

    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('leaves the sign-in calls to the pages that make them', async () => {
    await renderApp('/home', { session: sessionInfo() });

    TestBed.inject(HttpClient)
      .post('/api/auth/second-factor/verify', {})
      .subscribe({ error: () => undefined });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/second-factor/verify')
      .flush(...refuse(AuthErrorCode.SessionExpired));

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/home');
  });

  it('leaves other refusals alone (403 is not the end of the session)', async () => {
    await renderApp('/home', { session: sessionInfo() });

    call('/api/admin/outbox').request.flush(
      { code: CommonErrorCode.Forbidden, message: 'Not allowed' },
      { status: 403, statusText: 'Forbidden' },
    );

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
  });
});
