import { DestroyRef, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { type Observable, finalize } from 'rxjs';
import type { TranslationKey } from '../core/i18n';
import { placeProblem } from './profile-problem';

/**
 * What every step-by-step change of the profile shares: one call at a time, the problem to
 * announce, and the focus moved where a keyboard or screen-reader user must go next. Created in
 * a component's field initialiser (it injects from there).
 */
export class ProfileFlow {
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** A call is under way: the submit button waits. */
  readonly pending = signal(false);
  /** What went wrong that no field holds, for the flow's alert. */
  readonly problem = signal<TranslationKey | null>(null);

  /**
   * True when the form may be sent; otherwise shows its errors and focuses the first one.
   */
  ready(form: FormGroup): boolean {
    if (form.valid && !this.pending()) return true;
    form.markAllAsTouched();
    this.focusProblem();
    return false;
  }

  /** Sends `call`; a failure goes to the form's fields or to the alert, and takes the focus. */
  run<T>(
    call: Observable<T>,
    controls: Readonly<Partial<Record<string, AbstractControl>>>,
    next: (value: T) => void,
  ): void {
    this.pending.set(true);
    this.problem.set(null);
    call
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next,
        error: (error: unknown) => {
          this.problem.set(placeProblem(error, controls));
          this.focusProblem();
        },
      });
  }

  /** Once rendered, focuses the element of the flow matching `selector` (a step's heading). */
  focus(selector: string): void {
    this.afterRender(() => this.find(selector));
  }

  /** Once rendered, focuses the first field marked invalid, else the flow's alert. */
  focusProblem(): void {
    this.afterRender(
      () => this.find('input[aria-invalid="true"]') ?? this.find('[data-testid="flow-problem"]'),
    );
  }

  private find(selector: string): HTMLElement | null {
    return this.host.nativeElement.querySelector<HTMLElement>(selector);
  }

  private afterRender(target: () => HTMLElement | null): void {
    afterNextRender({ write: () => target()?.focus() }, { injector: this.injector });
  }
}
