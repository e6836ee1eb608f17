import { inject } from '@angular/core';
import { type CanMatchFn, Router } from '@angular/router';
import { SessionStore } from './session-store';
import { STEP_PATHS } from './step-routes';

/** The bare address: home when signed in (which may lead on to a pending step), else sign-in. */
export const landingGuard: CanMatchFn = async () => {
  const store = inject(SessionStore);
  const router = inject(Router);
  await store.load();
  return router.parseUrl(store.isSignedIn() ? STEP_PATHS.home : '/login');
};
