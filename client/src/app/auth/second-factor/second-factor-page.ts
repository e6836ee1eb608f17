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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthErrorCode, CommonErrorCode, type SecondFactorMethod } from '@guichet/contracts';
import { finalize, map, take, timer } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { SessionNavigation } from '../../core/session/session-navigation';
import { SessionStore } from '../../core/session/session-store';
import { sixDigits } from '../../shared/forms/six-digits';
import { SecondFactorApi } from './second-factor-api';

/** A new SMS code may be asked for after this long (OTP-2). */
const RESEND_COOLDOWN_SECONDS = 60;

const METHOD_KEYS: Readonly<Record<SecondFactorMethod, TranslationKey>> = {
  totp: 'secondFactor.method.totp',
  sms: 'secondFactor.method.sms',
  recovery: 'secondFactor.method.recovery',
};

/**
 * `/second-factor` (AUTH-8): the user chooses among the methods the server offers (authenticator
 * app, SMS to the profile's mobile, recovery code), types the code, and goes on to their next
 * step. Until then the session can do nothing else.
 */
@Component({
  selector: 'app-second-factor-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
  ],
  templateUrl: './second-factor-page.html',
  styleUrl: './second-factor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecondFactorPage {
  private readonly api = inject(SecondFactorApi);
  private readonly store = inject(SessionStore);
  private readonly navigation = inject(SessionNavigation);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly problemBox = viewChild.required<ElementRef<HTMLElement>>('problemBox');

  protected readonly challenge = computed(() => this.store.session()?.secondFactor ?? null);
  protected readonly methods = computed(() => this.challenge()?.methods ?? []);
  protected readonly maskedMobile = computed(() => this.challenge()?.maskedMobile ?? '');

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    method: this.fb.control<SecondFactorMethod>(this.methods()[0] ?? 'totp'),
    code: ['', [Validators.required, sixDigits]],
  });
  protected readonly method = toSignal(this.form.controls.method.valueChanges, {
    initialValue: this.form.controls.method.value,
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  protected readonly isRecovery = computed(() => this.method() === 'recovery');
  protected readonly codeLabel = computed<TranslationKey>(() =>
    this.isRecovery() ? 'secondFactor.recovery.label' : 'secondFactor.code.label',
  );
  protected readonly codeHint = computed<TranslationKey | null>(() => {
    switch (this.method()) {
      case 'totp':
        return 'secondFactor.totp.hint';
      case 'recovery':
        return 'secondFactor.recovery.hint';
      default:
        return null;
    }
  });

  protected readonly pending = signal(false);
  protected readonly smsSent = signal(false);
  protected readonly sending = signal(false);
  protected readonly resendIn = signal(0);
  protected readonly problem = signal<TranslationKey | null>(null);
  protected readonly canSubmit = computed(() => this.status() === 'VALID' && !this.pending());

  constructor() {
    this.form.controls.method.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((method) => this.useMethod(method));
  }

  protected methodKey(method: SecondFactorMethod): TranslationKey {
    return METHOD_KEYS[method];
  }

  protected codeError(): TranslationKey {
    const code = this.form.controls.code;
    return code.hasError('required') ? 'form.error.required' : 'secondFactor.code.pattern';
  }

  protected sendSms(): void {
    if (this.sending() || this.resendIn() > 0) return;
    this.sending.set(true);
    this.problem.set(null);
    this.api
      .sendSms()
      .pipe(
        finalize(() => this.sending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.smsSent.set(true);
          this.startCooldown();
        },
        error: (error: unknown) => {
          this.fail(error);
        },
      });
  }

  protected submit(): void {
    if (!this.canSubmit()) {
      this.form.markAllAsTouched();
      return;
    }
    const { method, code } = this.form.getRawValue();
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .verify({ method, code: method === 'recovery' ? code.trim() : code.replace(/\s+/g, '') })
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (response) => {
          const session = this.store.accept(response);
          const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
          void this.router.navigateByUrl(this.navigation.destination(session, returnUrl));
        },
        error: (error: unknown) => {
          this.form.controls.code.reset();
          this.fail(error);
        },
      });
  }

  protected cancel(): void {
    void this.navigation.signOut();
  }

  private useMethod(method: SecondFactorMethod): void {
    const code = this.form.controls.code;
    code.setValidators(
      method === 'recovery'
        ? [Validators.required, Validators.maxLength(64)]
        : [Validators.required, sixDigits],
    );
    code.reset();
    this.problem.set(null);
  }

  private fail(error: unknown): void {
    const code = errorBodyOf(error)?.code;
    if (
      error instanceof HttpErrorResponse &&
      error.status === 401 &&
      (code === AuthErrorCode.SessionExpired || code === CommonErrorCode.Unauthenticated)
    ) {
      void this.navigation.expire();
      return;
    }
    this.problem.set(
      code === AuthErrorCode.InvalidCredentials
        ? 'secondFactor.error.invalidCode'
        : errorMessageKey(error),
    );
    afterNextRender(
      { write: () => this.problemBox().nativeElement.focus() },
      {
        injector: this.injector,
      },
    );
  }

  private startCooldown(): void {
    this.resendIn.set(RESEND_COOLDOWN_SECONDS);
    timer(1_000, 1_000)
      .pipe(
        take(RESEND_COOLDOWN_SECONDS),
        map((elapsed) => RESEND_COOLDOWN_SECONDS - elapsed - 1),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((left) => this.resendIn.set(left));
  }
}
