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
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import type { StartFirstConnectionRequest } from '@guichet/contracts';
import { SignInOptionsStore } from '../../auth/login-page/sign-in-options-store';
import { TranslatePipe } from '../../core/i18n';
import { CaptchaField } from '../../shared/captcha/captcha-field';
import { controlErrorKey } from '../../shared/forms/field-errors';
import { FormSubmission } from '../../shared/forms/form-submission';
import { ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { StepNavigator } from '../identity-flow/step-navigator';
import { StepHeading } from '../wizard/step-heading';
import { routeWorkspace } from '../route-workspace';

/**
 * IDV-3a, the first step of "Première connexion": the access code (and the workspace, unless the
 * deployment has one), with the CAPTCHA (AUTH-3). No flow exists before the server answers.
 */
@Component({
  selector: 'app-access-code-step',
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
    CaptchaField,
  ],
  providers: [StepNavigator],
  template: `
    <h2 appStepHeading id="access-code-heading">{{ 'identity.accessCode.heading' | translate }}</h2>
    <p class="step-text">{{ 'identity.accessCode.intro' | translate }}</p>
    <form
      class="step-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      aria-labelledby="access-code-heading"
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
        <mat-label>{{ 'identity.accessCode.label' | translate }}</mat-label>
        <input
          matInput
          formControlName="accessCode"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
          maxlength="64"
          data-testid="step-access-code"
        />
        <mat-hint>{{ 'identity.accessCode.hint' | translate }}</mat-hint>
        <mat-error>{{ errorOf(form.controls.accessCode) | translate }}</mat-error>
      </mat-form-field>
      <app-captcha-field class="step-captcha" (payloadChange)="captchaPayload.set($event)" />
      <app-problem-box [message]="submission.problem()" testId="step-problem" />
      <div class="step-actions">
        <button mat-button type="button" (click)="cancel()" data-testid="step-cancel">
          {{ 'wizard.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="!canSubmit()" data-testid="step-submit">
          {{ 'wizard.validate' | translate }}
        </button>
      </div>
    </form>
  `,
  styleUrls: ['../steps/identity-step.scss', './access-code-step.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessCodeStep {
  private readonly api = inject(IdentityApi);
  private readonly navigator = inject(StepNavigator);
  private readonly router = inject(Router);
  private readonly captcha = viewChild.required(CaptchaField);
  private readonly problemBox = viewChild.required(ProblemBox);
  private readonly workspaceParam = routeWorkspace(inject(ActivatedRoute).snapshot);

  protected readonly singleWorkspace = inject(SignInOptionsStore).options().singleWorkspace;
  protected readonly errorOf = controlErrorKey;
  protected readonly form = inject(NonNullableFormBuilder).group({
    workspace: [this.workspaceParam ?? '', Validators.required],
    accessCode: ['', [Validators.required, Validators.maxLength(64)]],
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly captchaPayload = signal<string | null>(null);
  protected readonly submission = new FormSubmission(this.form);
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
    const { workspace, accessCode } = this.form.getRawValue();
    const request: StartFirstConnectionRequest = {
      ...(this.singleWorkspace ? {} : { workspace: workspace.trim().toLowerCase() }),
      accessCode: accessCode.trim(),
      captcha,
    };
    this.submission.send(this.api.startFirstConnection(request), {
      accepted: (state) => void this.navigator.begin(state),
      refused: () => this.refused(),
    });
  }

  protected cancel(): void {
    const workspace = this.singleWorkspace ? null : this.workspaceParam;
    void this.router.navigateByUrl(workspace ? `/w/${workspace}/login` : '/login');
  }

  private refused(): void {
    // An answer is accepted once (CAPTCHA_REPLAYED): the next try needs a new one.
    this.captchaPayload.set(null);
    this.captcha().reset();
    this.problemBox().focus();
  }
}
