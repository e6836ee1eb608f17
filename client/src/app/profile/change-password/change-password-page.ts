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
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import {
  CommonErrorCode,
  type PasswordChangeInfo,
  type PasswordChangeReason,
} from '@guichet/contracts';
import { finalize, map, startWith } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { SessionNavigation } from '../../core/session/session-navigation';
import { SessionStore } from '../../core/session/session-store';
import { VisibilityToggle } from '../../shared/forms/visibility-toggle';
import { PasswordChecklist } from '../../shared/password-checklist/password-checklist';
import { PasswordEvaluator } from '../../shared/password-checklist/password-evaluator';
import {
  meetsPasswordPolicy,
  revalidateWhenListsChange,
} from '../../shared/password-checklist/password-policy-validator';
import { NewPasswordReview } from '../../shared/password-checklist/new-password-review';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { PasswordChangeApi } from './password-change-api';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey }
  | { readonly kind: 'ready'; readonly info: PasswordChangeInfo };

/** Why the change comes before anything else, as the page first says it. */
const REASON_KEYS: Readonly<Record<PasswordChangeReason, TranslationKey>> = {
  temporary: 'changePassword.reason.temporary',
  expired: 'changePassword.reason.expired',
  weak: 'changePassword.reason.weak',
  repair: 'changePassword.reason.repair',
};

/** The confirmation typed the same as the new password; the new one differs from the current. */
function passwordPair(control: AbstractControl): ValidationErrors | null {
  const { currentPassword, password, confirmation } = control.value as Record<string, string>;
  const errors: ValidationErrors = {};
  if (confirmation !== '' && password !== confirmation) errors['mismatch'] = true;
  if (password !== '' && password === currentPassword) errors['sameAsCurrent'] = true;
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * `/change-password` (PWD-3, PWD-5, AUTH-9): the step a user goes through before anything else
 * when their password is temporary, expired or below the policy, and the page the profile's
 * "Changer mon mot de passe" leads to. Current password, new password and its confirmation with
 * show/hide, and the live checklist of the workspace's policy with the user's own context words
 * (the server checks the same rules again, and the history that only it can see). Success opens a
 * new session and goes on: home for a required change, back to the profile otherwise.
 */
@Component({
  selector: 'app-change-password-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    TranslatePipe,
    ProblemBox,
    PasswordChecklist,
    VisibilityToggle,
  ],
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly api = inject(PasswordChangeApi);
  private readonly store = inject(SessionStore);
  private readonly navigation = inject(SessionNavigation);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);
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
      currentPassword: ['', Validators.required],
      password: ['', [Validators.required, meetsPasswordPolicy(this.evaluator, () => this.info())]],
      confirmation: ['', Validators.required],
    },
    { validators: passwordPair },
  );
  private readonly values = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly currentVisible = signal(false);
  protected readonly passwordVisible = signal(false);
  protected readonly confirmationVisible = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<Message | null>(null);
  protected readonly review = new NewPasswordReview(
    this.info,
    this.values,
    this.failure,
    'changePassword.error.refused',
  );

  protected readonly requiredBecause = computed(() => {
    const reason = this.info()?.requiredBecause;
    return reason ? REASON_KEYS[reason] : null;
  });
  protected readonly maxAgeDays = computed(() => this.info()?.policy.maxAgeDays ?? 0);
  protected readonly identifier = computed(
    () => this.info()?.context.accessCode ?? this.store.session()?.account.accessCode ?? '',
  );
  protected readonly canSubmit = computed(() => this.status() === 'VALID' && !this.pending());

  constructor() {
    revalidateWhenListsChange(this.evaluator, this.form.controls.password);
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .info()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (info) => {
          this.state.set({ kind: 'ready', info });
          this.form.controls.password.updateValueAndValidity();
        },
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  /** The confirmation shows the mismatch, which is the form's error rather than its own. */
  protected readonly confirmationMatcher: ErrorStateMatcher = {
    isErrorState: (control) =>
      !!control?.touched && (control.invalid || this.form.hasError('mismatch')),
  };

  protected readonly passwordMatcher: ErrorStateMatcher = {
    isErrorState: (control) =>
      !!control?.touched && (control.invalid || this.form.hasError('sameAsCurrent')),
  };

  protected currentError(): TranslationKey {
    const control = this.form.controls.currentPassword;
    return control.hasError('server') ? 'changePassword.error.current' : 'form.error.required';
  }

  protected passwordError(): TranslationKey {
    const control = this.form.controls.password;
    if (control.hasError('required')) return 'form.error.required';
    if (control.hasError('server')) return 'changePassword.error.refusedShort';
    if (this.form.hasError('sameAsCurrent')) return 'changePassword.error.sameAsCurrent';
    return 'setPassword.error.rules';
  }

  protected confirmationError(): TranslationKey {
    return this.form.controls.confirmation.hasError('required')
      ? 'form.error.required'
      : 'setPassword.error.mismatch';
  }

  protected signOut(): void {
    void this.navigation.signOut();
  }

  protected cancel(): void {
    void this.router.navigateByUrl('/profile');
  }

  protected submit(): void {
    if (!this.canSubmit() || !this.info()) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, password } = this.form.getRawValue();
    this.pending.set(true);
    this.failure.set(null);
    this.review.clear();
    this.api
      .change({ currentPassword, newPassword: password })
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (response) => this.changed(response),
        error: (error: unknown) => this.fail(error),
      });
  }

  private changed(response: Parameters<SessionStore['accept']>[0]): void {
    const required = this.info()?.requiredBecause ?? null;
    const session = this.store.accept(response);
    this.form.reset();
    this.snackBar.open(this.translator.t('changePassword.done'), undefined, { duration: 6_000 });
    void this.router.navigateByUrl(
      required ? this.navigation.destination(session) : this.router.parseUrl('/profile'),
    );
  }

  private fail(error: unknown): void {
    const body = errorBodyOf(error);
    const fields = body?.code === CommonErrorCode.ValidationFailed ? (body.fields ?? {}) : {};
    const { currentPassword, password } = this.form.controls;
    if (fields['currentPassword']) {
      currentPassword.setErrors({ server: true });
      currentPassword.markAsTouched();
    }
    const ruleIds = [...(fields['password'] ?? []), ...(fields['newPassword'] ?? [])];
    if (ruleIds.length > 0) {
      this.review.refuse(password.value, ruleIds);
      password.setErrors({ server: true });
      password.markAsTouched();
    }
    if (fields['currentPassword']) {
      this.failure.set({ key: 'changePassword.error.current' });
    } else if (this.review.refused().length === 0) {
      this.failure.set({
        key: ruleIds.length > 0 ? 'changePassword.error.refusedShort' : errorMessageKey(error),
      });
    }
    this.problemBox()?.focus();
  }
}
