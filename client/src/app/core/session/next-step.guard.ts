import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { NextStep } from '@guichet/contracts';
import { SessionNavigation } from './session-navigation';
import { SessionStore } from './session-store';
import { STEP_PATHS } from './step-routes';

/**
 * A page belongs to one step (`data: { step }`, `home` by default): a user who must first go
 * through another step (second factor, legacy migration, password change: AUTH-9) is sent there.
 */
export const nextStepGuard: CanActivateFn = async (route, state) => {
  const store = inject(SessionStore);
  const navigation = inject(SessionNavigation);
  const router = inject(Router);
  await store.load();
  const session = store.session();
  if (!session) return navigation.signIn(state.url);
  const step = (route.data['step'] as NextStep | undefined) ?? 'home';
  return session.nextStep === step || router.parseUrl(STEP_PATHS[session.nextStep]);
};
