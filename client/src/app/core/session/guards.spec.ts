import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type GuardResult,
  type MaybeAsync,
  Router,
  type RouterStateSnapshot,
  UrlSegment,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { SessionInfo } from '@guichet/contracts';
import {
  adminSession,
  answerSessionCheck,
  sessionInfo,
  staffSession,
} from '../../../testing/session-info';
import { adminGuard } from './admin.guard';
import { landingGuard } from './landing.guard';
import { nextStepGuard } from './next-step.guard';
import { signedInGuard } from './signed-in.guard';
import { signedOutGuard } from './signed-out.guard';
import { staffGuard } from './staff.guard';

describe('session guards', () => {
  const withSession = (session: SessionInfo | null) => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    answerSessionCheck(session);
  };

  /** The verdict as a string: `true`, `false`, or the address redirected to. */
  const verdict = async (result: MaybeAsync<GuardResult>): Promise<string> => {
    const value = await (result as Promise<GuardResult> | GuardResult);
    return value instanceof UrlTree ? TestBed.inject(Router).serializeUrl(value) : String(value);
  };

  const route = (data: Record<string, unknown> = {}, queryParams: Record<string, string> = {}) =>
    ({
      data,
      queryParamMap: new Map(Object.entries(queryParams)) as unknown,
    }) as ActivatedRouteSnapshot;
  const state = (url: string) => ({ url }) as RouterStateSnapshot;
  const run = (guard: () => MaybeAsync<GuardResult>) =>
    verdict(TestBed.runInInjectionContext(guard));

  describe('adminGuard', () => {
    const segments = [new UrlSegment('admin', {}), new UrlSegment('outbox', {})];
    const canMatch = () => run(() => adminGuard({}, segments));

    it('lets an admin in', async () => {
      withSession(adminSession());
      await expect(canMatch()).resolves.toBe('true');
    });

    it.each([
      ['staff', staffSession()],
      ['client', sessionInfo()],
    ])('refuses %s users, for whom the admin area does not exist', async (_role, session) => {
      withSession(session);
      await expect(canMatch()).resolves.toBe('false');
    });

    it('asks a visitor to sign in, then leads back', async () => {
      withSession(null);
      await expect(canMatch()).resolves.toBe('/login?returnUrl=%2Fadmin%2Foutbox');
    });

    it('sends an admin with a pending step to it first', async () => {
      withSession(adminSession({ nextStep: 'change-password' }));
      await expect(canMatch()).resolves.toBe('/change-password');
    });
  });

  describe('staffGuard', () => {
    const segments = [new UrlSegment('crm', {}), new UrlSegment('companies', {})];
    const canMatch = () => run(() => staffGuard({}, segments));

    it.each([
      ['staff', staffSession()],
      ['admin', adminSession()],
    ])('lets %s users into the CRM', async (_role, session) => {
      withSession(session);
      await expect(canMatch()).resolves.toBe('true');
    });

    it('refuses clients, for whom the CRM does not exist', async () => {
      withSession(sessionInfo());
      await expect(canMatch()).resolves.toBe('false');
    });

    it('asks a visitor to sign in, then leads back', async () => {
      withSession(null);
      await expect(canMatch()).resolves.toBe('/login?returnUrl=%2Fcrm%2Fcompanies');
    });
  });

  describe('nextStepGuard', () => {
    const canActivate = (step?: string) =>
      run(() => nextStepGuard(route(step ? { step } : {}), state('/home')));

    it.each([
      ['legacy-migration', '/legacy-migration'],
      ['change-password', '/change-password'],
      ['second-factor', '/second-factor'],
    ] as const)('sends a user whose next step is %s there from home', async (step, path) => {
      withSession(sessionInfo({ nextStep: step }));
      await expect(canActivate()).resolves.toBe(path);
    });

    it('lets a user reach the page of their own step', async () => {
      withSession(sessionInfo({ nextStep: 'legacy-migration' }));
      await expect(canActivate('legacy-migration')).resolves.toBe('true');
    });

    it('lets a page belong to several steps (the password change: required, or from the profile)', async () => {
      const steps = ['change-password', 'home'];
      withSession(sessionInfo({ nextStep: 'change-password' }));
      await expect(
        run(() => nextStepGuard(route({ steps }), state('/change-password'))),
      ).resolves.toBe('true');
    });

    it('sends a user with another pending step away from a page of several steps', async () => {
      withSession(sessionInfo({ nextStep: 'second-factor' }));
      await expect(
        run(() => nextStepGuard(route({ steps: ['change-password', 'home'] }), state('/x'))),
      ).resolves.toBe('/second-factor');
    });

    it('keeps a user who is done with the steps out of them', async () => {
      withSession(sessionInfo());
      await expect(canActivate('legacy-migration')).resolves.toBe('/home');
      await expect(canActivate()).resolves.toBe('true');
    });
  });

  describe('signedInGuard', () => {
    it('asks a visitor to sign in, keeping the address for afterwards', async () => {
      withSession(null);
      await expect(run(() => signedInGuard(route(), state('/home?tab=1')))).resolves.toBe(
        '/login?returnUrl=%2Fhome%3Ftab%3D1',
      );
    });

    it('lets a signed-in user through', async () => {
      withSession(sessionInfo());
      await expect(run(() => signedInGuard(route(), state('/home')))).resolves.toBe('true');
    });
  });

  describe('signedOutGuard', () => {
    it('shows the sign-in page to a visitor', async () => {
      withSession(null);
      await expect(run(() => signedOutGuard(route(), state('/login')))).resolves.toBe('true');
    });

    it('sends a signed-in user on, to the address asked for if safe', async () => {
      withSession(sessionInfo());
      await expect(
        run(() => signedOutGuard(route({}, { returnUrl: '/home?x=1' }), state('/login'))),
      ).resolves.toBe('/home?x=1');
    });

    it('sends a signed-in user to their pending step first', async () => {
      withSession(sessionInfo({ nextStep: 'legacy-migration' }));
      await expect(run(() => signedOutGuard(route(), state('/login')))).resolves.toBe(
        '/legacy-migration',
      );
    });
  });

  describe('landingGuard', () => {
    it.each([
      ['a visitor', null, '/login'],
      ['a signed-in user', sessionInfo(), '/home'],
    ])('sends %s to %s', async (_who, session, path) => {
      withSession(session);
      await expect(run(() => landingGuard({}, []))).resolves.toBe(path);
    });
  });
});
