import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { IdentityErrorCode, OtpErrorCode } from '@guichet/contracts';
import { finalize, interval } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n';
import { controlErrorKey } from '../../shared/forms/field-errors';
import { sixDigits } from '../../shared/forms/validators';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { IdentityFlowStore } from '../identity-flow/identity-flow-store';
import { StepNavigator } from '../identity-flow/step-navigator';
import { StepHeading } from '../wizard/step-heading';
import { StepRunner } from './step-runner';

/** Seconds to wait from a 429's `Retry-After` header, undefined without a usable one. */
function retryAfterSeconds(error: unknown): number | undefined {
  const header = error instanceof HttpErrorResponse ? error.headers.get('Retry-After') : null;
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

const plural = (count: number, one: Message['key'], other: Message['key']): Message => ({
  key: count === 1 ? one : other,
  params: { count },
});

/**
 * The 6-digit code sent by SMS (OTP-1) to the masked number: to the one on file when there is
 * one, never to a new one (IDV-3b). Shows the tries left, "send a new code" after the cooldown
 * (OTP-2), and "I no longer have this phone", which hands the request to the firm's admins.
 */
@Component({
  selector: 'app-verify-code-step',
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
    <h2 appStepHeading id="verify-code-heading">{{ 'identity.verifyCode.heading' | translate }}</h2>
    <p class="step-text" id="verify-code-sent-to">{{ 'identity.verifyCode.sentTo' | translate }}</p>
    <p class="step-value" data-testid="masked-mobile">{{ state()?.maskedMobile }}</p>
    <form
      class="step-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      aria-labelledby="verify-code-heading"
      novalidate
    >
      <p class="step-text" id="verify-code-instruction">
        {{ 'identity.verifyCode.instruction' | translate }}
      </p>
      <mat-form-field class="step-field">
        <mat-label>{{ 'identity.verifyCode.code.label' | translate }}</mat-label>
        <input
          matInput
          formControlName="code"
          autocomplete="one-time-code"
          inputmode="numeric"
          maxlength="7"
          autocapitalize="none"
          spellcheck="false"
          aria-describedby="verify-code-instruction verify-code-attempts"
          data-testid="step-code"
        />
        <mat-error>{{ errorOf(form.controls.code) | translate }}</mat-error>
      </mat-form-field>
      <p class="step-note" id="verify-code-attempts" data-testid="attempts-left">
        @if (attemptsLeft() !== null) {
          {{ attemptsMessage().key | translate: attemptsMessage().params }}
        }
      </p>
      <div class="step-more">
        <button
          class="link-button"
          type="button"
          (click)="resend()"
          [disabled]="resendIn() > 0 || resending() || runner.pending()"
          data-testid="resend-code"
        >
          @if (resendIn() > 0) {
            {{ 'identity.verifyCode.resendIn' | translate: { seconds: resendIn() } }}
          } @else {
            {{ 'identity.verifyCode.resend' | translate }}
          }
        </button>
        <p class="step-status" role="status" data-testid="resend-status">
          @if (resent()) {
            {{ 'identity.verifyCode.resent' | translate }}
          }
        </p>
        <button
          class="link-button"
          type="button"
          (click)="phoneLost()"
          [disabled]="runner.pending()"
          data-testid="phone-lost"
        >
          {{ 'identity.verifyCode.phoneLost' | translate }}
        </button>
      </div>
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
          {{ 'wizard.confirm' | translate }}
        </button>
      </div>
    </form>
  `,
  styleUrl: './identity-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyCodeStep {
  private readonly api = inject(IdentityApi);
  private readonly store = inject(IdentityFlowStore);
  private readonly navigator = inject(StepNavigator);
  private readonly destroyRef = inject(DestroyRef);
  private readonly problemBox = viewChild.required(ProblemBox);
  protected readonly runner = inject(StepRunner);
  protected readonly errorOf = controlErrorKey;

  protected readonly state = this.store.state;
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, sixDigits]],
  });
  protected readonly status = toSignal(this.form.statusChanges, {
    initialValue: this.form.status,
  });

  protected readonly attemptsLeft = computed(() => this.state()?.attemptsLeft ?? null);
  protected readonly attemptsMessage = computed(() =>
    plural(
      this.attemptsLeft() ?? 0,
      'identity.verifyCode.attemptsLeft.one',
      'identity.verifyCode.attemptsLeft.other',
    ),
  );

  private readonly now = signal(Date.now());
  /** Whole seconds before "send a new code" is allowed (OTP-2 cooldown). */
  protected readonly resendIn = computed(() => {
    const at = this.store.resendAvailableAt();
    return at === null ? 0 : Math.max(0, Math.ceil((at - this.now()) / 1_000));
  });
  protected readonly resending = signal(false);
  protected readonly resent = signal(false);

  constructor() {
    // From the clock at each tick rather than counted: timers of a background tab are late.
    interval(1_000)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.now.set(Date.now()));
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const code = this.form.controls.code.value.replace(/\s+/g, '');
    const failed = await this.runner.run(this.api.verifyCode({ code }), (error) =>
      this.explain(error),
    );
    if (failed) this.problemBox().focus();
  }

  protected resend(): void {
    if (this.resendIn() > 0 || this.resending()) return;
    this.resending.set(true);
    this.resent.set(false);
    this.runner.show(null);
    this.api
      .resendCode()
      .pipe(
        finalize(() => this.resending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (state) => {
          this.store.accept(state);
          this.now.set(Date.now());
          this.resent.set(true);
        },
        error: (error: unknown) => {
          void this.resendFailed(error);
        },
      });
  }

  protected async phoneLost(): Promise<void> {
    if (await this.runner.run(this.api.askReview())) this.problemBox().focus();
  }

  protected cancel(): void {
    void this.navigator.cancel();
  }

  /** A wrong code: the server counted it; ask it how many tries are left. */
  private async explain(error: unknown): Promise<Message> {
    this.form.controls.code.reset();
    if (errorBodyOf(error)?.code !== IdentityErrorCode.WrongCode) {
      return { key: errorMessageKey(error) };
    }
    await this.store.refresh();
    const left = this.attemptsLeft();
    return left === null
      ? { key: 'errors.IDENTITY_WRONG_CODE' }
      : plural(left, 'identity.verifyCode.wrongCode.one', 'identity.verifyCode.wrongCode.other');
  }

  private async resendFailed(error: unknown): Promise<void> {
    if (await this.navigator.recover(error)) return;
    if (errorBodyOf(error)?.code === OtpErrorCode.Cooldown) {
      const seconds = retryAfterSeconds(error);
      if (seconds !== undefined) {
        this.store.waitBeforeResend(seconds);
        this.now.set(Date.now());
      }
    }
    this.runner.show({ key: errorMessageKey(error) });
    this.problemBox().focus();
  }
}
