import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { NextStep } from '@guichet/contracts';
import { SessionNavigation } from './session-navigation';
import { SessionStore } from './session-store';
import { STEP_PATHS } from './step-routes';

/**
 * A page belongs to one step (`data: { step }`, `home` by default) or to several (`data: { steps }`:
 * the password change is both a required step and a page of the profile): a user who must first
 * go through another step (second factor, legacy migration, password change: AUTH-9) is sent there.
 */
export const nextStepGuard: CanActivateFn = async (route, state) => {
  const store = inject(SessionStore);
  const navigation = inject(SessionNavigation);
  const router = inject(Router);
  await store.load();
  const session = store.session();
  if (!session) return navigation.signIn(state.url);
  const steps = (route.data['steps'] as readonly NextStep[] | undefined) ?? [
    (route.data['step'] as NextStep | undefined) ?? 'home',
  ];
  return steps.includes(session.nextStep) || router.parseUrl(STEP_PATHS[session.nextStep]);
};
