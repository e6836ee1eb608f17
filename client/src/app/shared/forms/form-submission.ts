import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import { CommonErrorCode } from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import type { TranslationKey } from '../../core/i18n';
import type { Message } from '../problem-box/problem-box';
import { applyServerFieldErrors } from './field-errors';

/** What a form does once the server has answered. */
export interface SubmissionOutcome<T> {
  /** The server accepted: its answer. */
  readonly accepted: (answer: T) => void;
  /** The server refused or could not be reached, after `problem` was set (to focus it, ...). */
  readonly refused?: (error: unknown) => void;
}

/**
 * One form's requests to the server: `pending` while one is under way (to disable the submit
 * button), then `problem`, what the refusal means for the user (for `app-problem-box`). Given the
 * form, a 422 that names its fields puts each verdict under its field and says so in general
 * words. Create it in a field initializer: the request is dropped when the component goes.
 */
export class FormSubmission {
  readonly pending = signal(false);
  readonly problem = signal<Message | null>(null);
  private readonly destroyRef = inject(DestroyRef);

  /** `form`: the form whose fields a 422 may name; none when its fields cannot show them. */
  constructor(private readonly form?: FormGroup) {}

  /** Sends `request`, the last problem cleared, and tells `outcome` how it went. */
  send<T>(request: Observable<T>, outcome: SubmissionOutcome<T>): void {
    this.pending.set(true);
    this.problem.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (answer) => {
        this.pending.set(false);
        outcome.accepted(answer);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.problem.set({ key: this.problemKey(error) });
        outcome.refused?.(error);
      },
    });
  }

  private problemKey(error: unknown): TranslationKey {
    const body = errorBodyOf(error);
    const fieldsNamed =
      this.form !== undefined &&
      body?.code === CommonErrorCode.ValidationFailed &&
      applyServerFieldErrors(this.form, body);
    return fieldsNamed ? 'errors.COMMON_VALIDATION_FAILED' : errorMessageKey(error);
  }
}
