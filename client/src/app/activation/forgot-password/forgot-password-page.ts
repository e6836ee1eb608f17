import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { CommonErrorCode, type ForgotPasswordRequest } from '@guichet/contracts';
import { SignInOptionsStore } from '../../auth/login-page/sign-in-options-store';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n';
import { CaptchaField } from '../../shared/captcha/captcha-field';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { routeWorkspace } from '../route-workspace';
import { StepHeading } from '../wizard/step-heading';

/**
 * "Mot de passe oublié ?" (IDV-4): workspace, access code or e-mail, CAPTCHA; then the same words
 * whether or not an account matched, since the answer must not tell.
 */
@Component({
  selector: 'app-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
    StepHeading,
    ProblemBox,
    CaptchaField,
  ],
  template: `
    <section class="activation-page" aria-labelledby="forgot-password-heading">
      <h1 appStepHeading id="forgot-password-heading">
        {{ 'forgotPassword.heading' | translate }}
      </h1>
      @if (sent()) {
        <p class="step-text" appStepHeading data-testid="forgot-password-sent">
          {{ 'forgotPassword.sent' | translate }}
        </p>
        <p class="step-note">{{ 'forgotPassword.sentHint' | translate }}</p>
        <div class="step-actions step-actions-end">
          <a mat-flat-button [routerLink]="signInLink" data-testid="back-to-sign-in">
            {{ 'activation.backToSignIn' | translate }}
          </a>
        </div>
      } @else {
        <p class="step-text">{{ 'forgotPassword.intro' | translate }}</p>
        <form
          class="step-form"
          [formGroup]="form"
          (ngSubmit)="submit()"
          aria-labelledby="forgot-password-heading"
          novalidate
        >
          @if (!singleWorkspace) {
            <mat-form-field class="step-field">
              <mat-label>{{ 'login.workspace.label' | translate }}</mat-label>
              <input
                matInput
                formControlName="workspace"
                autocomplete="organization"
                autocapitalize="none"
                spellcheck="false"
                data-testid="step-workspace"
              />
              <mat-error>{{ errorOf(form.controls.workspace) | translate }}</mat-error>
            </mat-form-field>
          }
          <mat-form-field class="step-field">
            <mat-label>{{ 'login.identifier.label' | translate }}</mat-label>
            <input
              matInput
              formControlName="identifier"
              autocomplete="username"
              autocapitalize="none"
              spellcheck="false"
              maxlength="254"
              data-testid="step-identifier"
            />
            <mat-error>{{ errorOf(form.controls.identifier) | translate }}</mat-error>
          </mat-form-field>
          <app-captcha-field class="step-captcha" (payloadChange)="captchaPayload.set($event)" />
          <app-problem-box [message]="problem()" testId="step-problem" />
          <div class="step-actions">
            <a mat-button [routerLink]="signInLink" data-testid="step-cancel">
              {{ 'wizard.cancel' | translate }}
            </a>
            <button
              mat-flat-button
              type="submit"
              [disabled]="!canSubmit()"
              data-testid="step-submit"
            >
              {{ 'wizard.validate' | translate }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styleUrls: ['../steps/identity-step.scss', '../activation-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly captcha = viewChild(CaptchaField);
  private readonly problemBox = viewChild(ProblemBox);
  private readonly workspaceParam = routeWorkspace(inject(ActivatedRoute).snapshot);

  protected readonly singleWorkspace = inject(SignInOptionsStore).options().singleWorkspace;
  protected readonly signInLink = this.workspaceParam
    ? `/w/${this.workspaceParam}/login`
    : '/login';
  protected readonly errorOf = controlErrorKey;
  protected readonly form = inject(NonNullableFormBuilder).group({
    workspace: [this.workspaceParam ?? '', Validators.required],
    identifier: ['', [Validators.required, Validators.maxLength(254)]],
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly captchaPayload = signal<string | null>(null);
  protected readonly pending = signal(false);
  protected readonly sent = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly canSubmit = computed(
    () => this.status() === 'VALID' && this.captchaPayload() !== null && !this.pending(),
  );

  constructor() {
    if (this.singleWorkspace) this.form.controls.workspace.disable();
  }

  protected submit(): void {
    const captcha = this.captchaPayload();
    if (!this.canSubmit() || captcha === null) {
      this.form.markAllAsTouched();
      return;
    }
    const { workspace, identifier } = this.form.getRawValue();
    const request: ForgotPasswordRequest = {
      ...(this.singleWorkspace ? {} : { workspace: workspace.trim().toLowerCase() }),
      identifier: identifier.trim(),
      captcha,
    };
    this.pending.set(true);
    this.problem.set(null);
    this.api.forgotPassword(request).subscribe({
      next: () => {
        this.pending.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.captchaPayload.set(null);
        this.captcha()?.reset();
        const body = errorBodyOf(error);
        const fields =
          body?.code === CommonErrorCode.ValidationFailed &&
          applyServerFieldErrors(this.form, body);
        this.problem.set({
          key: fields ? 'errors.COMMON_VALIDATION_FAILED' : errorMessageKey(error),
        });
        this.problemBox()?.focus();
      },
    });
  }
}
