import { inject } from '@angular/core';
import { type CanMatchFn, Router } from '@angular/router';
import type { Role } from '@guichet/contracts';
import { SessionNavigation } from './session-navigation';
import { SessionStore } from './session-store';
import { STEP_PATHS } from './step-routes';

/**
 * A lazy area that matches for the given roles only (STYLE.md rule 13), so other users never
 * download it and meet the not-found page instead. Someone signed out is asked to sign in first,
 * someone with a pending step goes to it; the server checks the role on every call anyway.
 */
export function roleGuard(...roles: readonly Role[]): CanMatchFn {
  return async (_route, segments) => {
    const store = inject(SessionStore);
    const navigation = inject(SessionNavigation);
    const router = inject(Router);
    await store.load();
    const session = store.session();
    if (!session) return navigation.signIn(`/${segments.map((segment) => segment.path).join('/')}`);
    if (session.nextStep !== 'home') return router.parseUrl(STEP_PATHS[session.nextStep]);
    return roles.includes(session.account.role);
  };
}
