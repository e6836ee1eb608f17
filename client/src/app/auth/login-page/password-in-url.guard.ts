import { Injectable, inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';

/** Query parameter names that old bookmarks (seed 003) used to carry a password. */
const PASSWORD_PARAMS = new Set(['password', 'pwd', 'mdp', 'motdepasse', 'pass', 'passwd']);

const isPasswordParam = (name: string) => PASSWORD_PARAMS.has(name.toLowerCase());

/** Tells the sign-in page, once, that the address it was opened with held a password. */
@Injectable({ providedIn: 'root' })
export class DroppedPassword {
  private dropped = false;

  note(): void {
    this.dropped = true;
  }

  /** Whether a password was dropped since the last call. */
  take(): boolean {
    const dropped = this.dropped;
    this.dropped = false;
    return dropped;
  }
}

/**
 * AUTH-2: a password in the address is never used. The sign-in page opens at the same address
 * without it, replacing the history entry so that Back does not return to it, and says why.
 */
export const passwordInUrlGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  const url = router.parseUrl(state.url);
  const names = Object.keys(url.queryParams);
  const fragment = url.fragment === null ? null : new URLSearchParams(url.fragment);
  const inFragment = fragment !== null && [...fragment.keys()].some(isPasswordParam);
  if (!names.some(isPasswordParam) && !inFragment) return true;

  for (const name of names.filter(isPasswordParam)) delete url.queryParams[name];
  if (inFragment) url.fragment = null;
  inject(DroppedPassword).note();
  return new RedirectCommand(url, { replaceUrl: true });
};
