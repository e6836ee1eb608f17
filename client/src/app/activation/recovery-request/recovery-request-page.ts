import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { SignInOptionsStore } from '../../auth/login-page/sign-in-options-store';
import { TranslatePipe } from '../../core/i18n';
import { CaptchaField } from '../../shared/captcha/captcha-field';
import { controlErrorKey } from '../../shared/forms/field-errors';
import { FormSubmission } from '../../shared/forms/form-submission';
import { ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { routeWorkspace } from '../route-workspace';
import { StepHeading } from '../wizard/step-heading';
import { type RecoveryRequestKind, recoveryRequests } from './recovery-request';

/**
 * "Mot de passe oublié ?" and "J'ai oublié mes identifiants" (IDV-4, seed 003): workspace, one
 * field, CAPTCHA; then the same words whether or not an account matched, since the answer must
 * not tell. The route's `data.recovery` says which.
 */
@Component({
  selector: 'app-recovery-request-page',
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
    <section class="activation-page" aria-labelledby="recovery-heading">
      <h1 appStepHeading id="recovery-heading">{{ request.heading | translate }}</h1>
      @if (sent()) {
        <p class="step-text" appStepHeading [attr.data-testid]="request.sentTestId">
          {{ request.sent | translate }}
        </p>
        <p class="step-note">{{ request.sentHint | translate }}</p>
        <div class="step-actions step-actions-end">
          <a mat-flat-button [routerLink]="signInLink" data-testid="back-to-sign-in">
            {{ 'activation.backToSignIn' | translate }}
          </a>
        </div>
      } @else {
        <p class="step-text">{{ request.intro | translate }}</p>
        <form
          class="step-form"
          [formGroup]="form"
          (ngSubmit)="submit()"
          aria-labelledby="recovery-heading"
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
            <mat-label>{{ request.field.label | translate }}</mat-label>
            <input
              matInput
              [type]="request.field.type"
              [formControl]="answer"
              [attr.autocomplete]="request.field.autocomplete"
              autocapitalize="none"
              spellcheck="false"
              maxlength="254"
              [attr.data-testid]="request.field.testId"
            />
            <mat-error>{{ errorOf(answer) | translate }}</mat-error>
          </mat-form-field>
          <app-captcha-field class="step-captcha" (payloadChange)="captchaPayload.set($event)" />
          <app-problem-box [message]="submission.problem()" testId="step-problem" />
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
export class RecoveryRequestPage {
  private readonly api = inject(IdentityApi);
  private readonly captcha = viewChild(CaptchaField);
  private readonly problemBox = viewChild(ProblemBox);
  private readonly route = inject(ActivatedRoute).snapshot;
  private readonly workspaceParam = routeWorkspace(this.route);

  protected readonly request = recoveryRequests[this.route.data['recovery'] as RecoveryRequestKind];
  protected readonly singleWorkspace = inject(SignInOptionsStore).options().singleWorkspace;
  protected readonly signInLink = this.workspaceParam
    ? `/w/${this.workspaceParam}/login`
    : '/login';
  protected readonly errorOf = controlErrorKey;
  protected readonly answer = new FormControl('', {
    nonNullable: true,
    validators: this.request.field.validators,
  });
  protected readonly form = new FormGroup({
    workspace: new FormControl(this.workspaceParam ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    [this.request.field.name]: this.answer,
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly captchaPayload = signal<string | null>(null);
  protected readonly submission = new FormSubmission(this.form);
  protected readonly sent = signal(false);
  protected readonly canSubmit = computed(
    () => this.status() === 'VALID' && this.captchaPayload() !== null && !this.submission.pending(),
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
    const workspace = this.singleWorkspace
      ? undefined
      : this.form.controls.workspace.value.trim().toLowerCase();
    this.submission.send(
      this.request.send(this.api, workspace, this.answer.value.trim(), captcha),
      {
        accepted: () => this.sent.set(true),
        refused: () => {
          // An answer is accepted once (CAPTCHA_REPLAYED): the next try needs a new one.
          this.captchaPayload.set(null);
          this.captcha()?.reset();
          this.problemBox()?.focus();
        },
      },
    );
  }
}
