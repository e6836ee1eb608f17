import { DestroyRef, Injectable, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { IdentityFlowState } from '@guichet/contracts';
import { type Observable, finalize } from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import type { Message } from '../../shared/problem-box/problem-box';
import { StepNavigator } from '../identity-flow/step-navigator';

/**
 * Sends a step's request and follows the answer, one at a time: to the next step on success;
 * flow-level failures to the navigator; anything else to the step, as a message to show (or to
 * `onError` when the step has more to say). Provided by each step component with its navigator.
 */
@Injectable()
export class StepRunner {
  private readonly navigator = inject(StepNavigator);
  private readonly destroyRef = inject(DestroyRef);
  private readonly busy = signal(false);
  private readonly failure = signal<Message | null>(null);

  /** A request is on its way: the step's buttons wait. */
  readonly pending: Signal<boolean> = this.busy.asReadonly();
  /** What went wrong with the last request, for the step's alert region. */
  readonly problem: Signal<Message | null> = this.failure.asReadonly();

  /** Answers whether the step now shows a problem (so that it can move the focus there). */
  run(
    request: Observable<IdentityFlowState>,
    onError?: (error: unknown) => Message | Promise<Message>,
  ): Promise<boolean> {
    if (this.busy()) return Promise.resolve(false);
    this.busy.set(true);
    this.failure.set(null);
    return new Promise<boolean>((resolve) => {
      request
        .pipe(
          finalize(() => this.busy.set(false)),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe({
          next: (state) => {
            void this.navigator.advance(state);
            resolve(false);
          },
          error: (error: unknown) => {
            void this.fail(error, onError).then(resolve);
          },
        });
    });
  }

  /** Shows a message of the step's own (a form error found before sending). */
  show(message: Message | null): void {
    this.failure.set(message);
  }

  private async fail(
    error: unknown,
    onError?: (error: unknown) => Message | Promise<Message>,
  ): Promise<boolean> {
    if (await this.navigator.recover(error)) return false;
    this.failure.set(onError ? await onError(error) : { key: errorMessageKey(error) });
    return true;
  }
}
