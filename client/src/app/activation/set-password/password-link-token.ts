import { Injectable, inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';

/**
 * The token of the mailed password-set link, in memory only: it is taken out of the address as
 * soon as the page opens, so that it stays out of the history, bookmarks, screenshots and the
 * `Referer` of the links on the page.
 */
@Injectable({ providedIn: 'root' })
export class PasswordLinkToken {
  private token: string | null = null;

  keep(token: string): void {
    this.token = token;
  }

  /** The token the page was opened with; null after a reload, which loses it on purpose. */
  current(): string | null {
    return this.token;
  }

  /** Forgets the token once used. */
  clear(): void {
    this.token = null;
  }
}

/**
 * `/set-password?token=…`: keeps the token in memory, then opens the same page without it,
 * replacing the history entry so that Back does not bring it back (IDV-5).
 */
export const passwordLinkTokenGuard: CanActivateFn = (route, state) => {
  const token = route.queryParamMap.get('token');
  if (token === null) return true;
  if (token.trim() !== '') inject(PasswordLinkToken).keep(token.trim());
  const router = inject(Router);
  const url = router.parseUrl(state.url);
  delete url.queryParams['token'];
  return new RedirectCommand(url, { replaceUrl: true });
};
