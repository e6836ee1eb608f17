import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, Injector, effect, inject, signal } from '@angular/core';
import { SessionNavigation } from './session-navigation';
import { SessionStore } from './session-store';

/** The warning comes this long before the idle timeout (AUTH-6: one minute). */
export const IDLE_WARNING_MS = 60_000;

/**
 * Counts down to the idle timeout of the session (AUTH-6): from one minute before it ends,
 * `secondsLeft` says how long is left, for the shell to warn and offer to stay signed in; at zero
 * the session is ended here and on the server, and the sign-in page says it expired. The timers
 * follow `SessionStore.idleExpiresAt`, so any answer that moves the expiry restarts them.
 */
@Injectable({ providedIn: 'root' })
export class IdleWatch {
  private readonly store = inject(SessionStore);
  private readonly navigation = inject(SessionNavigation);
  private readonly injector = inject(Injector);
  private readonly left = signal<number | null>(null);
  private started = false;

  /** Whole seconds before the idle sign-out, from one minute before it; null otherwise. */
  readonly secondsLeft = this.left.asReadonly();

  /** Starts watching (once, from the application shell). */
  start(): void {
    if (this.started) return;
    this.started = true;
    effect(
      (onCleanup) => {
        const expiresAt = this.store.idleExpiresAt();
        this.left.set(null);
        if (expiresAt === null) return;
        let countdown: ReturnType<typeof setInterval> | undefined;
        const tick = () => {
          const remaining = expiresAt - Date.now();
          if (remaining > 0) {
            this.left.set(Math.ceil(remaining / 1_000));
            return;
          }
          clearInterval(countdown);
          this.left.set(null);
          void this.navigation.expire();
        };
        // Computed from the clock at each tick, not counted: timers of a background tab are late.
        const warning = setTimeout(
          () => {
            tick();
            countdown = setInterval(tick, 1_000);
          },
          Math.max(0, expiresAt - IDLE_WARNING_MS - Date.now()),
        );
        onCleanup(() => {
          clearTimeout(warning);
          clearInterval(countdown);
        });
      },
      { injector: this.injector },
    );
  }

  /** "Stay signed in": the server restarts the idle timeout, which stops the countdown. */
  stay(): void {
    this.store.keepAlive().subscribe({
      error: (error: unknown) => {
        // Too late: the server ended it already. Other failures leave the warning up to retry.
        if (error instanceof HttpErrorResponse && error.status === 401) {
          void this.navigation.expire();
        }
      },
    });
  }
}
