import { InteractivityChecker } from '@angular/cdk/a11y';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthErrorCode } from '@guichet/contracts';
import { startApp } from '../../../testing/render-app';
import { sessionInfo } from '../../../testing/session-info';
import { App } from '../../app';
import { IdleWatch } from '../../core/session/idle-watch';
import { SessionStore } from '../../core/session/session-store';

const MINUTE = 60_000;

describe('IdleWarning', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
    // jsdom lays nothing out, so the CDK would find no visible element to give the focus to.
    jest.spyOn(InteractivityChecker.prototype, 'isVisible').mockReturnValue(true);
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  // Node's own timers: Jest's fake ones only move when told to.
  const { setImmediate: realSetImmediate } = jest.requireActual<{
    setImmediate: (callback: () => void) => unknown;
  }>('timers');

  /** Renders, lets promises (lazy chunks, navigation) settle, and renders what they changed. */
  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      TestBed.tick();
      await new Promise<void>((resolve) => realSetImmediate(resolve));
    }
    TestBed.tick();
  };

  /** Moves the clock on, firing due timers, and renders what changed. */
  const wait = async (ms: number) => {
    jest.advanceTimersByTime(ms);
    await settle();
  };

  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const title = () =>
    document.querySelector('[data-testid="idle-warning-title"]')?.textContent.trim() ?? '';
  const button = (name: string) =>
    document.querySelector<HTMLButtonElement>(`[data-testid="idle-warning-${name}"]`);
  const http = () => TestBed.inject(HttpTestingController);

  /** Signed in at 09:00 with the workspace's 20-minute idle timeout, on the home page. */
  const signedIn = async (session = sessionInfo()) => {
    startApp({ session });
    TestBed.createComponent(App);
    await settle();
    void TestBed.inject(Router).navigateByUrl('/home');
    await settle();
  };

  it('warns one minute before the idle timeout, with a countdown', async () => {
    await signedIn();

    await wait(19 * MINUTE - 1_000);
    expect(dialog()).toBeNull();

    await wait(1_000);
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(title()).toBe('Votre session va expirer dans 60\u00a0s');
    expect(dialog()?.textContent).toContain('vous serez déconnecté pour protéger vos données');

    await wait(1_000);
    expect(title()).toBe('Votre session va expirer dans 59\u00a0s');
    // "Stay signed in" has the focus: Enter keeps the session.
    expect(document.activeElement).toBe(button('stay'));
  });

  it('keeps the session alive on request, which starts the 20 minutes again', async () => {
    await signedIn();
    await wait(19 * MINUTE + 30_000);

    button('stay')?.click();
    http().expectOne({ method: 'POST', url: '/api/auth/session/keep-alive' }).flush(sessionInfo());
    await wait(1_000);

    expect(TestBed.inject(IdleWatch).secondsLeft()).toBeNull();
    await wait(1_000);
    expect(dialog()).toBeNull();

    await wait(18 * MINUTE);
    expect(dialog()).toBeNull();
    await wait(MINUTE);
    expect(title()).toBe('Votre session va expirer dans 58\u00a0s');
  });

  it('moves the warning back when the user keeps working', async () => {
    await signedIn();
    await wait(10 * MINUTE);

    // Any answer of the API moves the idle expiry forward, as the server does.
    TestBed.inject(HttpClient).get('/api/parcels').subscribe();
    http().expectOne('/api/parcels').flush([]);
    await wait(10 * MINUTE);

    expect(dialog()).toBeNull();
    await wait(9 * MINUTE);
    expect(title()).toBe('Votre session va expirer dans 60\u00a0s');
  });

  it('signs out at zero and says the session expired', async () => {
    await signedIn();

    await wait(20 * MINUTE);

    http()
      .expectOne({ method: 'POST', url: '/api/auth/sign-out' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await wait(1_000);
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login?expired=1&returnUrl=%2Fhome');
    expect(document.body.textContent).toContain(
      'Votre session a expiré. Reconnectez-vous pour continuer.',
    );
    await wait(1_000);
    expect(dialog()).toBeNull();
  });

  it('signs out now on request', async () => {
    await signedIn();
    await wait(19 * MINUTE);

    button('sign-out')?.click();
    http()
      .expectOne({ method: 'POST', url: '/api/auth/sign-out' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await wait(1_000);

    expect(TestBed.inject(Router).url).toBe('/login?signedOut=1');
    expect(document.body.textContent).toContain('Vous êtes déconnecté.');
  });

  it('ends on the sign-in page when the server already ended the session', async () => {
    await signedIn();
    await wait(19 * MINUTE + 50_000);

    button('stay')?.click();
    http()
      .expectOne('/api/auth/session/keep-alive')
      .flush(
        { code: AuthErrorCode.SessionExpired, message: 'The session has ended' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await wait(0);

    expect(TestBed.inject(Router).url).toBe('/login?expired=1&returnUrl=%2Fhome');
  });

  it('never warns on a private computer, which has no idle timeout', async () => {
    await signedIn(sessionInfo({ privateComputer: true, idleExpiresAt: null }));

    await wait(11 * 60 * MINUTE);

    expect(dialog()).toBeNull();
    expect(TestBed.inject(IdleWatch).secondsLeft()).toBeNull();
  });
});
