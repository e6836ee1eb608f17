import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CommonErrorCode, type Language, SmsErrorCode } from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey, fieldErrorKey } from '../../core/http/api-error';
import { LANGUAGE_OPTIONS, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { DevInboxApi, type DevInboxSamplesRequest } from '../dev-inbox-api';

/** Sends one message of every template to an address (and a mobile) of the developer's choice. */
@Component({
  selector: 'app-dev-inbox-samples-form',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
  ],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    <section class="samples" aria-labelledby="samples-heading" data-testid="dev-inbox-samples">
      <h2 id="samples-heading">{{ 'devInbox.samples.heading' | translate }}</h2>
      <p class="samples-intro">{{ 'devInbox.samples.intro' | translate }}</p>
      <form
        class="samples-form"
        [formGroup]="form"
        (ngSubmit)="send()"
        aria-labelledby="samples-heading"
        novalidate
      >
        <mat-form-field>
          <mat-label>{{ 'devInbox.samples.email.label' | translate }}</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            autocomplete="email"
            autocapitalize="none"
            spellcheck="false"
            required
            data-testid="samples-email"
          />
          @if (errorOf(form.controls.email); as key) {
            <mat-error data-testid="samples-email-error">{{ key | translate }}</mat-error>
          }
        </mat-form-field>

        <mat-form-field>
          <mat-label>{{ 'devInbox.samples.mobile.label' | translate }}</mat-label>
          <input
            matInput
            type="tel"
            formControlName="mobile"
            autocomplete="tel"
            inputmode="tel"
            data-testid="samples-mobile"
          />
          <mat-hint>{{ 'devInbox.samples.mobile.hint' | translate }}</mat-hint>
          @if (errorOf(form.controls.mobile); as key) {
            <mat-error data-testid="samples-mobile-error">{{ key | translate }}</mat-error>
          }
        </mat-form-field>

        <mat-form-field>
          <mat-label>{{ 'devInbox.samples.language.label' | translate }}</mat-label>
          <select matNativeControl formControlName="language" data-testid="samples-language">
            @for (option of languages; track option.language) {
              <option [value]="option.language" [attr.lang]="option.language">
                {{ option.name }}
              </option>
            }
          </select>
          @if (errorOf(form.controls.language); as key) {
            <mat-error data-testid="samples-language-error">{{ key | translate }}</mat-error>
          }
        </mat-form-field>

        <div class="samples-actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="form.invalid || sending()"
            data-testid="samples-submit"
          >
            {{ 'devInbox.samples.submit' | translate }}
          </button>
        </div>
      </form>
      <p class="samples-status" role="status" data-testid="samples-status">
        @if (queued(); as count) {
          {{ queuedKey() | translate: { count } }}
        }
      </p>
      <p class="samples-failure" role="alert" data-testid="samples-failure">
        @if (failure(); as key) {
          {{ key | translate }}
        }
      </p>
    </section>
  `,
  styleUrl: './dev-inbox-samples-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevInboxSamplesForm {
  private readonly api = inject(DevInboxApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly languages = Object.values(LANGUAGE_OPTIONS);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    mobile: '',
    language: [inject(Translator).language() as Language, Validators.required],
  });
  protected readonly sending = signal(false);
  protected readonly queued = signal<number | null>(null);
  protected readonly failure = signal<TranslationKey | null>(null);
  protected readonly queuedKey = computed((): TranslationKey =>
    this.queued() === 1 ? 'devInbox.samples.queued.one' : 'devInbox.samples.queued.other',
  );

  protected send(): void {
    if (this.form.invalid || this.sending()) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, mobile, language } = this.form.getRawValue();
    const request: DevInboxSamplesRequest = {
      email: email.trim(),
      language,
      ...(mobile.trim() ? { mobile: mobile.trim() } : {}),
    };
    this.sending.set(true);
    this.queued.set(null);
    this.failure.set(null);
    this.api
      .sendSamples(request)
      .pipe(
        finalize(() => this.sending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ queued }) => this.queued.set(queued),
        error: (error: unknown) => this.showError(error),
      });
  }

  /** The message under a field: the server's verdict first, then the browser's checks. */
  protected errorOf(control: AbstractControl): TranslationKey | null {
    const errors = control.errors;
    if (!errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'] as TranslationKey;
    if (errors['required']) return 'form.error.required';
    if (errors['email']) return 'form.error.email';
    return 'errors.COMMON_VALIDATION_FAILED.invalid';
  }

  // A 422 puts each message under its field (cleared as soon as the field is edited) and a
  // summary in the alert; any other failure only fills the alert.
  private showError(error: unknown): void {
    const body = errorBodyOf(error);
    const fields: Record<string, string[]> =
      body?.code === SmsErrorCode.InvalidPhoneNumber
        ? { mobile: [SmsErrorCode.InvalidPhoneNumber] }
        : body?.code === CommonErrorCode.ValidationFailed
          ? (body.fields ?? {})
          : {};
    let placed = false;
    for (const [name, [constraint]] of Object.entries(fields)) {
      const control = this.form.get(name);
      if (!control || constraint === undefined) continue;
      const key =
        constraint === SmsErrorCode.InvalidPhoneNumber
          ? 'errors.SMS_INVALID_PHONE_NUMBER'
          : fieldErrorKey(constraint);
      control.setErrors({ server: key });
      control.markAsTouched();
      placed = true;
    }
    this.failure.set(placed ? 'errors.COMMON_VALIDATION_FAILED' : errorMessageKey(error));
  }
}
