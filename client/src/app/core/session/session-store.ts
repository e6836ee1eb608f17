import type { HttpResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { SessionInfo, SignInRequest } from '@guichet/contracts';
import { type Observable, catchError, firstValueFrom, map, of, tap } from 'rxjs';
import { SessionApi } from './session-api';

/**
 * The server moves a session's idle expiry forward at most this often (server `Sessions`), so a
 * request sooner than that after the last move leaves the expiry where it was. Mirroring it keeps
 * the browser's estimate on the early side, never after the real expiry.
 */
const SERVER_TOUCH_INTERVAL_MS = 30_000;

/**
 * Who is signed in, as far as this browser knows, and when the idle timeout ends. Kept in memory
 * only: nothing personal goes to localStorage (STYLE.md rule 11); a reload asks the server again.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly current = signal<SessionInfo | null>(null);
  private readonly idleExpiry = signal<number | null>(null);
  private lastTouchAt = 0;
  private loaded?: Promise<void>;

  /** The session, or null when signed out. */
  readonly session = this.current.asReadonly();
  readonly isSignedIn = computed(() => this.current() !== null);
  readonly role = computed(() => this.current()?.account.role ?? null);
  readonly nextStep = computed(() => this.current()?.nextStep ?? null);
  /**
   * When the idle timeout ends, in milliseconds on this browser's clock (`Date.now()`); null when
   * signed out or on a private computer, which has none.
   */
  readonly idleExpiresAt = this.idleExpiry.asReadonly();

  /**
   * Asks the server for the current session once per visit (app start, guards); later calls
   * answer from memory. No session (401) or no answer at all both mean signed out.
   */
  load(): Promise<void> {
    this.loaded ??= firstValueFrom(this.api.current()).then(
      (response) => {
        this.accept(response);
      },
      () => {
        this.clear();
      },
    );
    return this.loaded;
  }

  signIn(request: SignInRequest): Observable<SessionInfo> {
    return this.api.signIn(request).pipe(map((response) => this.accept(response)));
  }

  /** Restarts the idle timeout on the server and here. */
  keepAlive(): Observable<SessionInfo> {
    return this.api.keepAlive().pipe(map((response) => this.accept(response)));
  }

  /**
   * Ends the session on the server, then here. Signed out here even when the server cannot be
   * reached: leaving a shared computer must not depend on the network.
   */
  signOut(): Observable<void> {
    return this.api.signOut().pipe(
      catchError(() => of(undefined)),
      tap(() => {
        this.clear();
      }),
    );
  }

  /** Takes a session answered by the server (sign-in, keep-alive, second factor). */
  accept(response: HttpResponse<SessionInfo>): SessionInfo {
    const session = response.body;
    if (!session) throw new Error('The server answered no session');
    this.current.set(session);
    if (session.idleExpiresAt === null) {
      this.idleExpiry.set(null);
    } else {
      // The server's clock and this one may disagree (a computer set a few minutes off); its
      // `Date` header tells by how much, so the warning comes one minute before on this clock.
      const expiry = Date.parse(session.idleExpiresAt) + clockOffset(response);
      this.idleExpiry.set(expiry);
      this.lastTouchAt = expiry - session.idleTimeoutSeconds * 1_000;
    }
    return session;
  }

  /**
   * The server answered an authenticated request: like it, move the idle expiry forward when it
   * was last moved long enough ago.
   */
  noteActivity(): void {
    const session = this.current();
    const now = Date.now();
    if (!session || this.idleExpiry() === null) return;
    if (now - this.lastTouchAt < SERVER_TOUCH_INTERVAL_MS) return;
    this.lastTouchAt = now;
    this.idleExpiry.set(now + session.idleTimeoutSeconds * 1_000);
  }

  /** Forgets the session here (it ended on the server, or is being ended). */
  clear(): void {
    this.current.set(null);
    this.idleExpiry.set(null);
  }
}

/** `Date` has whole seconds and the answer takes time to arrive: smaller offsets are noise. */
const CLOCK_TOLERANCE_MS = 5_000;

/** How far this clock is ahead of the server's, from the answer's `Date` header (0 without one). */
function clockOffset(response: HttpResponse<unknown>): number {
  const header = response.headers.get('Date');
  const offset = Date.now() - (header ? Date.parse(header) : Number.NaN);
  return Number.isNaN(offset) || Math.abs(offset) < CLOCK_TOLERANCE_MS ? 0 : offset;
}
