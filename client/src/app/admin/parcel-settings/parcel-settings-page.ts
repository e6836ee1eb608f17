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
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ParcelSettings } from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { WholeNumberField } from '../../shared/forms/whole-number-field';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { ParcelSettingsApi } from './parcel-settings-api';
import { TypeListField } from './type-list-field';

/** Bytes in a megabyte as the interface counts them (file managers' binary megabyte). */
const MB = 1024 * 1024;
/** Longest expiry an admin may set: a year (the server refuses more). */
export const MAX_EXPIRY_DAYS = 365;

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey }
  | { readonly kind: 'ready' };

const WHOLE = Validators.pattern(/^\d+$/);

/** The parcel limit holds at least one file of the largest size; the default is within the maximum. */
function consistent(group: AbstractControl): ValidationErrors | null {
  const value = group.value as Record<string, number | null>;
  const errors: ValidationErrors = {};
  const { maxFileMb, maxParcelMb, defaultExpiryDays, maxExpiryDays } = value;
  if (maxFileMb != null && maxParcelMb != null && maxParcelMb < maxFileMb) {
    errors['parcelBelowFile'] = true;
  }
  if (defaultExpiryDays != null && maxExpiryDays != null && defaultExpiryDays > maxExpiryDays) {
    errors['defaultAboveMax'] = true;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Server field names (bytes) to the form's (megabytes). */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  maxFileBytes: 'maxFileMb',
  maxParcelBytes: 'maxParcelMb',
};

/**
 * `/admin/parcel-settings` « Paramètres des dossiers »: the largest file and parcel (in MB), the
 * default and longest expiry (in days), and the types allowed or refused (detected from the
 * content; the refused list wins; an empty allowed list allows every type not refused).
 */
@Component({
  selector: 'app-parcel-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    TranslatePipe,
    WholeNumberField,
    ProblemBox,
    TypeListField,
  ],
  templateUrl: './parcel-settings-page.html',
  styleUrl: './parcel-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParcelSettingsPage {
  private readonly api = inject(ParcelSettingsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly maxExpiry = MAX_EXPIRY_DAYS;
  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly form = this.fb.group(
    {
      maxFileMb: this.fb.control<number | null>(null, [
        Validators.required,
        Validators.min(1),
        WHOLE,
      ]),
      maxParcelMb: this.fb.control<number | null>(null, [
        Validators.required,
        Validators.min(1),
        WHOLE,
      ]),
      defaultExpiryDays: this.fb.control<number | null>(null, [
        Validators.required,
        Validators.min(1),
        Validators.max(MAX_EXPIRY_DAYS),
        WHOLE,
      ]),
      maxExpiryDays: this.fb.control<number | null>(null, [
        Validators.required,
        Validators.min(1),
        Validators.max(MAX_EXPIRY_DAYS),
        WHOLE,
      ]),
    },
    { validators: consistent },
  );
  protected readonly allowedTypes = signal<readonly string[]>([]);
  protected readonly deniedTypes = signal<readonly string[]>([]);
  protected readonly saving = signal(false);
  protected readonly outcome = signal<Message | null>(null);
  protected readonly problem = signal<Message | null>(null);
  protected readonly failureReason = computed<TranslationKey>(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .get()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (settings) => {
          this.show(settings);
          this.state.set({ kind: 'ready' });
        },
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected readonly errorKey = (control: AbstractControl): TranslationKey => {
    if (control.hasError('min')) return 'admin.parcelSettings.error.min';
    if (control.hasError('max')) return 'admin.parcelSettings.error.maxDays';
    if (control.hasError('pattern')) return 'admin.parcelSettings.error.whole';
    return controlErrorKey(control);
  };

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    const value = this.form.getRawValue();
    const settings: ParcelSettings = {
      maxFileBytes: Number(value.maxFileMb) * MB,
      maxParcelBytes: Number(value.maxParcelMb) * MB,
      defaultExpiryDays: Number(value.defaultExpiryDays),
      maxExpiryDays: Number(value.maxExpiryDays),
      allowedTypes: [...this.allowedTypes()],
      deniedTypes: [...this.deniedTypes()],
    };
    this.saving.set(true);
    this.outcome.set(null);
    this.problem.set(null);
    this.api
      .save(settings)
      .pipe(
        finalize(() => this.saving.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.show(saved);
          this.outcome.set({ key: 'admin.parcelSettings.saved' });
        },
        error: (error: unknown) => {
          const body = errorBodyOf(error);
          const fields = Object.fromEntries(
            Object.entries(body?.fields ?? {}).map(([name, codes]) => [
              FIELD_NAMES[name] ?? name,
              codes,
            ]),
          );
          applyServerFieldErrors(this.form, body ? { ...body, fields } : undefined);
          this.problem.set({ key: errorMessageKey(error) });
        },
      });
  }

  private show(settings: ParcelSettings): void {
    this.form.setValue({
      maxFileMb: Math.round((settings.maxFileBytes / MB) * 100) / 100,
      maxParcelMb: Math.round((settings.maxParcelBytes / MB) * 100) / 100,
      defaultExpiryDays: settings.defaultExpiryDays,
      maxExpiryDays: settings.maxExpiryDays,
    });
    this.allowedTypes.set(settings.allowedTypes);
    this.deniedTypes.set(settings.deniedTypes);
  }
}
