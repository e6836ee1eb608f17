import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CommonErrorCode } from '@guichet/contracts';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { StepNavigator } from '../identity-flow/step-navigator';
import { StepHeading } from '../wizard/step-heading';
import { StepRunner } from './step-runner';

/** IDV-2a: a legacy user with no address on file gives one, where the link will go. */
@Component({
  selector: 'app-enter-email-step',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
    StepHeading,
    ProblemBox,
  ],
  providers: [StepNavigator, StepRunner],
  template: `
    <h2 appStepHeading id="enter-email-heading">{{ 'identity.enterEmail.heading' | translate }}</h2>
    <p class="step-text">{{ 'identity.enterEmail.intro' | translate }}</p>
    <form
      class="step-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      aria-labelledby="enter-email-heading"
      novalidate
    >
      <mat-form-field class="step-field">
        <mat-label>{{ 'identity.email.label' | translate }}</mat-label>
        <input
          matInput
          type="email"
          formControlName="email"
          autocomplete="email"
          autocapitalize="none"
          spellcheck="false"
          maxlength="254"
          data-testid="step-email"
        />
        <mat-error>{{ errorOf(form.controls.email) | translate }}</mat-error>
      </mat-form-field>
      <app-problem-box [message]="runner.problem()" testId="step-problem" />
      <div class="step-actions">
        <button mat-button type="button" (click)="cancel()" data-testid="step-cancel">
          {{ 'wizard.cancel' | translate }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="status() !== 'VALID' || runner.pending()"
          data-testid="step-submit"
        >
          {{ 'wizard.next' | translate }}
        </button>
      </div>
    </form>
  `,
  styleUrl: './identity-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnterEmailStep {
  private readonly api = inject(IdentityApi);
  private readonly navigator = inject(StepNavigator);
  private readonly problemBox = viewChild.required(ProblemBox);
  protected readonly runner = inject(StepRunner);
  protected readonly errorOf = controlErrorKey;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly status = toSignal(this.form.statusChanges, {
    initialValue: this.form.status,
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const email = this.form.controls.email.value.trim();
    const failed = await this.runner.run(this.api.enterEmail({ email }), (error) => {
      const body = errorBodyOf(error);
      if (
        body?.code === CommonErrorCode.ValidationFailed &&
        applyServerFieldErrors(this.form, body)
      ) {
        return { key: 'errors.COMMON_VALIDATION_FAILED' };
      }
      return { key: errorMessageKey(error) };
    });
    if (failed) this.problemBox().focus();
  }

  protected cancel(): void {
    void this.navigator.cancel();
  }
}
