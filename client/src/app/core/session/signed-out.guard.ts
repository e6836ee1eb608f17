import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { SessionNavigation } from './session-navigation';
import { SessionStore } from './session-store';

/** The sign-in page: someone already signed in goes on to what they must do next. */
export const signedOutGuard: CanActivateFn = async (route) => {
  const store = inject(SessionStore);
  const navigation = inject(SessionNavigation);
  await store.load();
  const session = store.session();
  return session ? navigation.destination(session, route.queryParamMap.get('returnUrl')) : true;
};
