import { Injectable } from '@angular/core';

/** What the sign-in page may have to say on arrival, left by the page that led there. */
export type SignInNotice = 'passwordSet';

/**
 * Hands a message to the next sign-in page in memory, so that it shows once and never lingers
 * in an address, a bookmark or the history (`?passwordSet=1` would).
 */
@Injectable({ providedIn: 'root' })
export class PendingSignInNotice {
  private pending: SignInNotice | null = null;

  leave(notice: SignInNotice): void {
    this.pending = notice;
  }

  /** The notice left since the last call, if any. */
  take(): SignInNotice | null {
    const notice = this.pending;
    this.pending = null;
    return notice;
  }
}
