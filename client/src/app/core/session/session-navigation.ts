import { Injectable, inject } from '@angular/core';
import { Router, type UrlTree } from '@angular/router';
import type { SessionInfo } from '@guichet/contracts';
import { firstValueFrom } from 'rxjs';
import { safeReturnUrl } from './return-url';
import { SessionStore } from './session-store';
import { STEP_PATHS } from './step-routes';

/** Where signing in, out, or timing out leads. */
@Injectable({ providedIn: 'root' })
export class SessionNavigation {
  private readonly router = inject(Router);
  private readonly store = inject(SessionStore);

  /**
   * Where a signed-in user goes: the step they must go through first (AUTH-9), else `returnUrl`
   * when it is a safe path of this application, else home. The second-factor step keeps
   * `returnUrl` for afterwards.
   */
  destination(session: SessionInfo, returnUrl?: string | null): UrlTree {
    const back = safeReturnUrl(returnUrl);
    if (session.nextStep === 'home') return this.router.parseUrl(back ?? STEP_PATHS.home);
    return this.router.createUrlTree([STEP_PATHS[session.nextStep]], {
      queryParams: session.nextStep === 'second-factor' && back ? { returnUrl: back } : {},
    });
  }

  /** The sign-in page, keeping the address asked for so that signing in leads back to it. */
  signIn(returnUrl?: string | null): UrlTree {
    const back = safeReturnUrl(returnUrl);
    return this.router.createUrlTree(['/login'], { queryParams: back ? { returnUrl: back } : {} });
  }

  /** Signs out (server, then here) and shows the sign-in page saying so. */
  async signOut(): Promise<void> {
    await firstValueFrom(this.store.signOut());
    await this.router.navigateByUrl(
      this.router.createUrlTree(['/login'], { queryParams: { signedOut: 1 } }),
    );
  }

  /**
   * The session ended (idle timeout, or the server said so): forgets it, ends it on the server in
   * case it is still alive there, and shows the sign-in page with "your session has expired".
   */
  async expire(): Promise<void> {
    const returnUrl = safeReturnUrl(this.router.url);
    const wasSignedIn = this.store.isSignedIn();
    this.store.clear();
    if (wasSignedIn) void firstValueFrom(this.store.signOut());
    await this.router.navigateByUrl(
      this.router.createUrlTree(['/login'], {
        queryParams: { expired: 1, ...(returnUrl ? { returnUrl } : {}) },
      }),
    );
  }
}
