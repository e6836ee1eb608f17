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
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { CommonErrorCode, IdentityErrorCode, type PasswordLinkInfo } from '@guichet/contracts';
import { finalize, map, startWith } from 'rxjs';
import { PendingSignInNotice } from '../../auth/login-page/pending-sign-in-notice';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { VisibilityToggle } from '../../shared/forms/visibility-toggle';
import { PasswordChecklist } from '../../shared/password-checklist/password-checklist';
import { PasswordEvaluator } from '../../shared/password-checklist/password-evaluator';
import {
  meetsPasswordPolicy,
  revalidateWhenListsChange,
} from '../../shared/password-checklist/password-policy-validator';
import { NewPasswordReview } from '../../shared/password-checklist/new-password-review';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { StepHeading } from '../wizard/step-heading';
import { PasswordLinkToken } from './password-link-token';

type PageState =
  | { readonly kind: 'loading' }
  /** Opened without a token (a reload drops it on purpose) */
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'unreachable'; readonly reason: TranslationKey }
  | { readonly kind: 'ready'; readonly info: PasswordLinkInfo };

/** The confirmation typed the same as the password. */
function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const { password, confirmation } = control.value as { password: string; confirmation: string };
  return confirmation === '' || password === confirmation ? null : { mismatch: true };
}

/**
 * `/set-password?token=…` (IDV-5, IDV-6): the page of the mailed link. The token leaves the
 * address at once (a guard keeps it in memory); a dead link says "Ce lien n'est plus valide" and
 * offers to ask for a new one; a live one greets the person, checks the password live against
 * the workspace's policy and the person's context words with the shared evaluator (PWD-1), asks
 * invitations to accept the terms of use (seed 001), and on
 * success leads to sign-in with the identifier filled in. It never signs anyone in by itself.
 */
@Component({
  selector: 'app-set-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    TranslatePipe,
    StepHeading,
    ProblemBox,
    PasswordChecklist,
    VisibilityToggle,
  ],
  templateUrl: './set-password-page.html',
  styleUrls: ['../steps/identity-step.scss', '../activation-page.scss', './set-password-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly token = inject(PasswordLinkToken);
  private readonly translator = inject(Translator);
  private readonly router = inject(Router);
  private readonly notice = inject(PendingSignInNotice);
  private readonly evaluator = inject(PasswordEvaluator);
  private readonly destroyRef = inject(DestroyRef);
  private readonly problemBox = viewChild(ProblemBox);

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly info = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.info : null;
  });

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group(
    {
      password: ['', [Validators.required, meetsPasswordPolicy(this.evaluator, () => this.info())]],
      confirmation: ['', Validators.required],
      acceptTerms: [false],
    },
    { validators: sameAsPassword },
  );
  private readonly values = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly passwordVisible = signal(false);
  protected readonly confirmationVisible = signal(false);
  protected readonly pending = signal(false);
  private readonly failure = signal<Message | null>(null);
  protected readonly canSubmit = computed(() => this.status() === 'VALID' && !this.pending());
  protected readonly errorOf = controlErrorKey;

  /** "Monsieur Durand" (seed 000), or the full name without a civility. */
  protected readonly name = computed(() => {
    const info = this.info();
    if (!info) return '';
    if (!info.civility) return [info.firstName, info.lastName].filter(Boolean).join(' ');
    return this.translator.t('person.formal', {
      civility: this.translator.t(`person.civility.${info.civility}`),
      lastName: info.lastName,
    });
  });

  /** The live checklist: the shared evaluator with the link's policy and context words. */
  protected readonly review = new NewPasswordReview(
    this.info,
    this.values,
    this.failure,
    'setPassword.error.refused',
  );

  constructor() {
    revalidateWhenListsChange(this.evaluator, this.form.controls.password);
    this.inspect();
  }

  /** The confirmation shows the mismatch, which is the form's error rather than its own. */
  protected readonly confirmationMatcher: ErrorStateMatcher = {
    isErrorState: (control) =>
      !!control?.touched && (control.invalid || this.form.hasError('mismatch')),
  };

  protected unreachableReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'unreachable' ? state.reason : 'errors.unknown';
  }

  protected termsError(): TranslationKey {
    const terms = this.form.controls.acceptTerms;
    return terms.hasError('server') ? this.errorOf(terms) : 'setPassword.error.terms';
  }

  protected confirmationError(): TranslationKey {
    const confirmation = this.form.controls.confirmation;
    if (confirmation.hasError('required')) return 'form.error.required';
    return 'setPassword.error.mismatch';
  }

  protected passwordError(): TranslationKey {
    const password = this.form.controls.password;
    return password.hasError('policy') ? 'setPassword.error.rules' : this.errorOf(password);
  }

  protected submit(): void {
    const token = this.token.current();
    const info = this.info();
    if (!this.canSubmit() || token === null || info === null) {
      this.form.markAllAsTouched();
      return;
    }
    const { password, acceptTerms } = this.form.getRawValue();
    this.pending.set(true);
    this.failure.set(null);
    this.review.clear();
    this.api
      .setPassword({ token, password, ...(info.termsRequired ? { acceptTerms } : {}) })
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ workspace, identifier }) => {
          this.token.clear();
          this.notice.leave('passwordSet');
          void this.router.navigateByUrl(
            this.router.createUrlTree(['/w', workspace, 'login'], {
              queryParams: { login: identifier },
            }),
          );
        },
        error: (error: unknown) => {
          this.fail(error);
        },
      });
  }

  private inspect(): void {
    const token = this.token.current();
    if (token === null) {
      this.state.set({ kind: 'missing' });
      return;
    }
    this.api
      .inspectLink({ token })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (info) => {
          const terms = this.form.controls.acceptTerms;
          if (info.termsRequired) terms.setValidators(Validators.requiredTrue);
          this.state.set({ kind: 'ready', info });
          // The rules are known now: check again whatever may already be typed.
          this.form.controls.password.updateValueAndValidity();
          terms.updateValueAndValidity();
        },
        error: (error: unknown) => {
          this.state.set(
            errorBodyOf(error)?.code === IdentityErrorCode.LinkInvalid
              ? { kind: 'invalid' }
              : { kind: 'unreachable', reason: errorMessageKey(error) },
          );
        },
      });
  }

  /** The server names the rules the password failed (`not-common`), or the unticked terms. */
  private explainFields(fields: Record<string, string[]>): void {
    const { password, acceptTerms } = this.form.controls;
    if (fields['password']?.length) {
      this.review.refuse(password.value, fields['password']);
      password.setErrors({ server: 'setPassword.error.rules' });
    }
    if (fields['acceptTerms']) acceptTerms.setErrors({ server: 'setPassword.error.terms' });
  }

  private fail(error: unknown): void {
    const body = errorBodyOf(error);
    if (body?.code === IdentityErrorCode.LinkInvalid) {
      this.token.clear();
      this.state.set({ kind: 'invalid' });
      return;
    }
    const fields =
      body?.code === CommonErrorCode.ValidationFailed && applyServerFieldErrors(this.form, body);
    if (fields) this.explainFields(body.fields ?? {});
    this.failure.set({ key: fields ? 'errors.COMMON_VALIDATION_FAILED' : errorMessageKey(error) });
    this.problemBox()?.focus();
  }
}
