import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { SessionNavigation } from './session-navigation';
import { SessionStore } from './session-store';

/** Pages for signed-in users: others go to the sign-in page, which leads back here afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const store = inject(SessionStore);
  const navigation = inject(SessionNavigation);
  await store.load();
  return store.isSignedIn() || navigation.signIn(state.url);
};
