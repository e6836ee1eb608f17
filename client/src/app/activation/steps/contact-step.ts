import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CommonErrorCode, SmsErrorCode } from '@guichet/contracts';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { mobileNumber } from '../../shared/forms/validators';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { StepNavigator } from '../identity-flow/step-navigator';
import { StepHeading } from '../wizard/step-heading';
import { StepRunner } from './step-runner';

/**
 * IDV-3b: e-mail and mobile, both mandatory. The server compares the mobile with the one on file
 * and answers the next step (code, link or review); the page cannot tell which beforehand.
 */
@Component({
  selector: 'app-contact-step',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    StepHeading,
    ProblemBox,
  ],
  providers: [StepNavigator, StepRunner],
  template: `
    <h2 appStepHeading id="contact-heading">{{ 'identity.contact.heading' | translate }}</h2>
    <form
      class="step-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      aria-labelledby="contact-heading"
      novalidate
    >
      <p class="step-text" id="contact-email-intro">
        {{ 'identity.contact.emailIntro' | translate }}
      </p>
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
          required
          data-testid="step-email"
        />
        <mat-error>{{ errorOf(form.controls.email) | translate }}</mat-error>
      </mat-form-field>
      <p class="step-text">{{ 'identity.contact.mobileIntro' | translate }}</p>
      <mat-form-field class="step-field">
        <mat-label>{{ 'identity.contact.mobile.label' | translate }}</mat-label>
        <input
          matInput
          type="tel"
          formControlName="mobile"
          autocomplete="tel"
          inputmode="tel"
          maxlength="32"
          required
          data-testid="step-mobile"
        />
        <mat-hint>{{ 'identity.contact.mobile.hint' | translate }}</mat-hint>
        <mat-error>{{ errorOf(form.controls.mobile) | translate }}</mat-error>
      </mat-form-field>
      <p class="step-note">{{ 'identity.contact.mandatory' | translate }}</p>
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
export class ContactStep {
  private readonly api = inject(IdentityApi);
  private readonly navigator = inject(StepNavigator);
  private readonly problemBox = viewChild.required(ProblemBox);
  protected readonly runner = inject(StepRunner);
  protected readonly errorOf = controlErrorKey;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    mobile: ['', [Validators.required, mobileNumber]],
  });
  protected readonly status = toSignal(this.form.statusChanges, {
    initialValue: this.form.status,
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, mobile } = this.form.getRawValue();
    const request = this.api.contact({ email: email.trim(), mobile: mobile.trim() });
    if (await this.runner.run(request, (error) => this.explain(error))) {
      this.problemBox().focus();
    }
  }

  protected cancel(): void {
    void this.navigator.cancel();
  }

  private explain(error: unknown): Message {
    const body = errorBodyOf(error);
    if (body?.code === SmsErrorCode.InvalidPhoneNumber) {
      this.form.controls.mobile.setErrors({ server: 'errors.SMS_INVALID_PHONE_NUMBER' });
      this.form.controls.mobile.markAsTouched();
    }
    if (
      body?.code === CommonErrorCode.ValidationFailed &&
      applyServerFieldErrors(this.form, body)
    ) {
      return { key: 'errors.COMMON_VALIDATION_FAILED' };
    }
    return { key: errorMessageKey(error) };
  }
}
