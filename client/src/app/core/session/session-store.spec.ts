import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthErrorCode, CommonErrorCode } from '@guichet/contracts';
import { firstValueFrom } from 'rxjs';
import { sessionInfo } from '../../../testing/session-info';
import { SessionStore } from './session-store';

describe(SessionStore.name, () => {
  const NOW = new Date('2026-03-02T09:00:00Z').getTime();
  const MINUTE = 60_000;
  let http: HttpTestingController;
  let store: SessionStore;

  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const unauthorized = (code: string) =>
    [
      { code, message: 'no' },
      { status: 401, statusText: 'Unauthorized' },
    ] as const;

  describe('load', () => {
    it('asks the server once and keeps the session', async () => {
      const loading = store.load();
      const again = store.load();
      http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush(sessionInfo());
      await Promise.all([loading, again]);

      expect(store.isSignedIn()).toBe(true);
      expect(store.role()).toBe('client');
      expect(store.nextStep()).toBe('home');
      expect(store.idleExpiresAt()).toBe(NOW + 20 * MINUTE);
      await store.load();
      http.expectNone('/api/auth/session');
    });

    it.each([CommonErrorCode.Unauthenticated, AuthErrorCode.SessionExpired])(
      'takes a 401 %s as signed out',
      async (code) => {
        const loading = store.load();
        http.expectOne('/api/auth/session').flush(...unauthorized(code));
        await loading;

        expect(store.session()).toBeNull();
        expect(store.idleExpiresAt()).toBeNull();
      },
    );

    it('takes a server out of reach as signed out, without failing the app start', async () => {
      const loading = store.load();
      http.expectOne('/api/auth/session').error(new ProgressEvent('error'));

      await expect(loading).resolves.toBeUndefined();
      expect(store.isSignedIn()).toBe(false);
    });
  });

  describe('idle expiry', () => {
    it('is on this browser’s clock when the server’s clock is off', async () => {
      // The server's clock is 3 minutes behind this one: its expiry is 3 minutes "early".
      const serverNow = NOW - 3 * MINUTE;
      const signingIn = firstValueFrom(
        store.signIn({ identifier: 'x', password: 'y', captcha: 'z' }),
      );
      http
        .expectOne('/api/auth/sign-in')
        .flush(sessionInfo({ idleExpiresAt: new Date(serverNow + 20 * MINUTE).toISOString() }), {
          headers: { Date: new Date(serverNow).toUTCString() },
        });
      await signingIn;

      expect(store.idleExpiresAt()).toBe(NOW + 20 * MINUTE);
    });

    it('is none on a private computer', async () => {
      const loading = store.load();
      http
        .expectOne('/api/auth/session')
        .flush(sessionInfo({ privateComputer: true, idleExpiresAt: null }));
      await loading;

      store.noteActivity();
      expect(store.idleExpiresAt()).toBeNull();
    });

    it('moves with activity as the server moves it: at most every 30 seconds', async () => {
      const loading = store.load();
      http.expectOne('/api/auth/session').flush(sessionInfo());
      await loading;

      jest.setSystemTime(NOW + 20_000);
      store.noteActivity();
      expect(store.idleExpiresAt()).toBe(NOW + 20 * MINUTE);

      jest.setSystemTime(NOW + 5 * MINUTE);
      store.noteActivity();
      expect(store.idleExpiresAt()).toBe(NOW + 25 * MINUTE);
    });

    it('restarts with keep-alive', async () => {
      const loading = store.load();
      http.expectOne('/api/auth/session').flush(sessionInfo());
      await loading;
      jest.setSystemTime(NOW + 19 * MINUTE);

      const keepingAlive = firstValueFrom(store.keepAlive());
      http.expectOne({ method: 'POST', url: '/api/auth/session/keep-alive' }).flush(sessionInfo());
      await keepingAlive;

      expect(store.idleExpiresAt()).toBe(NOW + 39 * MINUTE);
    });
  });

  describe('signOut', () => {
    const signedIn = async () => {
      const loading = store.load();
      http.expectOne('/api/auth/session').flush(sessionInfo());
      await loading;
    };

    it('ends the session on the server, then here', async () => {
      await signedIn();
      const signingOut = firstValueFrom(store.signOut());
      expect(store.isSignedIn()).toBe(true);

      http
        .expectOne({ method: 'POST', url: '/api/auth/sign-out' })
        .flush(null, { status: 204, statusText: 'No Content' });
      await signingOut;

      expect(store.isSignedIn()).toBe(false);
    });

    it('signs out here even when the server cannot be reached', async () => {
      await signedIn();
      const signingOut = firstValueFrom(store.signOut());

      http.expectOne('/api/auth/sign-out').error(new ProgressEvent('error'));
      await signingOut;

      expect(store.isSignedIn()).toBe(false);
    });
  });
});
