import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Subscription, map, take, timer } from 'rxjs';

/** A new SMS code may be asked for after this long (OTP-2); the server says so too. */
export const RESEND_COOLDOWN_SECONDS = 60;

/**
 * Seconds before "send the code again" is offered. Created in a component's field initialiser
 * (it injects from there); stops with the component.
 */
export class ResendCountdown {
  private readonly destroyRef = inject(DestroyRef);
  private running?: Subscription;
  private readonly left = signal(0);

  /** 0 when a new code may be asked for. */
  readonly secondsLeft = this.left.asReadonly();

  start(seconds = RESEND_COOLDOWN_SECONDS): void {
    this.running?.unsubscribe();
    this.left.set(seconds);
    this.running = timer(1_000, 1_000)
      .pipe(
        take(seconds),
        map((elapsed) => seconds - elapsed - 1),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((left) => this.left.set(left));
  }
}
