import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  RedirectCommand,
  Router,
  type RouterStateSnapshot,
  provideRouter,
} from '@angular/router';
import { DroppedPassword, passwordInUrlGuard } from './password-in-url.guard';

describe('passwordInUrlGuard', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  const check = (url: string) =>
    TestBed.runInInjectionContext(() =>
      passwordInUrlGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );

  it('lets an address without a password through', () => {
    expect(check('/w/demo/login?login=72018689')).toBe(true);
    expect(TestBed.inject(DroppedPassword).take()).toBe(false);
  });

  it('opens the same address without the password, replacing it in the history', () => {
    const verdict = check('/w/demo/login?login=72018689&mdp=ancien72&returnUrl=%2Fhome');

    expect(verdict).toBeInstanceOf(RedirectCommand);
    const command = verdict as RedirectCommand;
    expect(TestBed.inject(Router).serializeUrl(command.redirectTo)).toBe(
      '/w/demo/login?login=72018689&returnUrl=%2Fhome',
    );
    expect(command.navigationBehaviorOptions?.replaceUrl).toBe(true);
    expect(TestBed.inject(DroppedPassword).take()).toBe(true);
    expect(TestBed.inject(DroppedPassword).take()).toBe(false);
  });
});
