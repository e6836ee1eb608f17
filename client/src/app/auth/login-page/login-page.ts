import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthErrorCode, CommonErrorCode, type SignInRequest } from '@guichet/contracts';
import { finalize, map, take, timer } from 'rxjs';
import { errorBodyOf, errorMessageKey, fieldErrorKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '../../core/i18n';
import { SessionNavigation } from '../../core/session/session-navigation';
import { SessionStore } from '../../core/session/session-store';
import { CaptchaField } from '../../shared/captcha/captcha-field';
import { DroppedPassword } from './password-in-url.guard';
import { PendingSignInNotice } from './pending-sign-in-notice';
import { SignInOptionsStore } from './sign-in-options-store';

/** A message for the person signing in, kept untranslated so that a language switch follows. */
interface Message {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

type Notice = 'expired' | 'signedOut' | 'passwordInUrl' | 'passwordSet';

const NOTICE_KEYS: Readonly<Record<Notice, TranslationKey>> = {
  expired: 'login.notice.expired',
  signedOut: 'login.notice.signedOut',
  passwordInUrl: 'login.notice.passwordInUrl',
  passwordSet: 'login.notice.passwordSet',
};

/** Notices that report a problem rather than good news. */
const WARNINGS: ReadonlySet<Notice> = new Set(['expired', 'passwordInUrl']);

/** Seconds to wait from a 429's `Retry-After` header, undefined without a usable one. */
function retryAfterSeconds(error: unknown): number | undefined {
  const header = error instanceof HttpErrorResponse ? error.headers.get('Retry-After') : null;
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/**
 * `/login` and `/w/:workspace/login?login=<identifier>` (AUTH-1, AUTH-2): workspace (hidden in a
 * single-workspace deployment), access code or e-mail, password, "private computer", and the
 * CAPTCHA (AUTH-3). After signing in the user goes to what they must do first (AUTH-9).
 */
@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatCard,
    MatCardHeader,
    MatCardTitle,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    MatButton,
    MatIconButton,
    MatCheckbox,
    TranslatePipe,
    CaptchaField,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(SessionStore);
  private readonly navigation = inject(SessionNavigation);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  protected readonly singleWorkspace = inject(SignInOptionsStore).options().singleWorkspace;
  protected readonly form = inject(NonNullableFormBuilder).group({
    workspace: ['', Validators.required],
    identifier: ['', Validators.required],
    password: ['', Validators.required],
    privateComputer: false,
  });

  private readonly captcha = viewChild.required(CaptchaField);
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly problemBox = viewChild.required<ElementRef<HTMLElement>>('problemBox');
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly notice = signal<Notice | null>(null);
  protected readonly problem = signal<Message | null>(null);
  protected readonly pending = signal(false);
  protected readonly retryIn = signal(0);
  protected readonly passwordVisible = signal(false);
  protected readonly captchaPayload = signal<string | null>(null);
  /** The help pages keep the workspace of a deep link (`/w/demo/forgot-password`). */
  protected readonly helpPrefix: string;
  protected readonly canSubmit = computed(
    () =>
      this.status() === 'VALID' &&
      this.captchaPayload() !== null &&
      !this.pending() &&
      this.retryIn() === 0,
  );

  constructor() {
    if (this.singleWorkspace) this.form.controls.workspace.disable();
    const snapshot = this.route.snapshot;
    const workspace = snapshot.paramMap.get('workspace');
    const identifier = snapshot.queryParamMap.get('login');
    if (workspace && !this.singleWorkspace) {
      this.form.controls.workspace.setValue(workspace.trim().toLowerCase());
    }
    if (identifier) this.form.controls.identifier.setValue(identifier.trim());
    this.helpPrefix = workspace ? `/w/${encodeURIComponent(workspace.trim().toLowerCase())}` : '';

    const pending = inject(PendingSignInNotice).take();
    if (inject(DroppedPassword).take()) this.notice.set('passwordInUrl');
    else if (pending) this.notice.set(pending);
    else if (snapshot.queryParamMap.has('expired')) this.notice.set('expired');
    else if (snapshot.queryParamMap.has('signedOut')) this.notice.set('signedOut');
  }

  protected noticeKey(notice: Notice): TranslationKey {
    return NOTICE_KEYS[notice];
  }

  protected isWarning(notice: Notice): boolean {
    return WARNINGS.has(notice);
  }

  /** The message under a field: the server's verdict on it, else "required". */
  protected fieldError(control: AbstractControl): TranslationKey {
    const server: unknown = control.getError('server');
    return typeof server === 'string' ? (server as TranslationKey) : 'form.error.required';
  }

  protected togglePassword(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected submit(): void {
    const captcha = this.captchaPayload();
    if (!this.canSubmit() || captcha === null) {
      this.form.markAllAsTouched();
      return;
    }
    const { workspace, identifier, password, privateComputer } = this.form.getRawValue();
    const request: SignInRequest = {
      ...(this.singleWorkspace ? {} : { workspace: workspace.trim().toLowerCase() }),
      identifier: identifier.trim(),
      password,
      captcha,
      privateComputer,
    };
    this.pending.set(true);
    this.problem.set(null);
    this.notice.set(null);
    this.store
      .signIn(request)
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (session) => {
          const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
          void this.router.navigateByUrl(this.navigation.destination(session, returnUrl));
        },
        error: (error: unknown) => {
          this.fail(error);
        },
      });
  }

  private fail(error: unknown): void {
    // The answer was spent, accepted or not: the next attempt needs a new one (CAPTCHA_REPLAYED).
    this.captchaPayload.set(null);
    this.captcha().reset();
    const body = errorBodyOf(error);
    switch (body?.code) {
      case AuthErrorCode.InvalidCredentials:
        // A fresh start for the password, without flagging the emptied field as a new mistake.
        this.formDirective().resetForm({ ...this.form.getRawValue(), password: '' });
        this.show({ key: 'errors.AUTH_INVALID_CREDENTIALS' });
        break;
      case AuthErrorCode.Throttled: {
        const seconds = retryAfterSeconds(error);
        if (seconds === undefined) {
          this.show({ key: 'errors.AUTH_THROTTLED' });
        } else {
          this.waitBeforeRetry(seconds);
          const key = seconds === 1 ? 'login.error.throttled.one' : 'login.error.throttled.other';
          this.show({ key, params: { seconds } });
        }
        break;
      }
      case CommonErrorCode.ValidationFailed:
        for (const [field, constraints] of Object.entries(body.fields ?? {})) {
          const control = this.form.get(field);
          control?.setErrors({ server: fieldErrorKey(constraints[0] ?? 'invalid') });
          control?.markAsTouched();
        }
        this.show({ key: 'errors.COMMON_VALIDATION_FAILED' });
        break;
      default:
        this.show({ key: errorMessageKey(error) });
    }
  }

  /** Announces the problem (live region) and moves focus to it, once it is on screen. */
  private show(message: Message): void {
    this.problem.set(message);
    afterNextRender(
      { write: () => this.problemBox().nativeElement.focus() },
      {
        injector: this.injector,
      },
    );
  }

  private waitBeforeRetry(seconds: number): void {
    this.retryIn.set(seconds);
    timer(1_000, 1_000)
      .pipe(
        take(seconds),
        map((elapsed) => seconds - elapsed - 1),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((left) => this.retryIn.set(left));
  }
}
