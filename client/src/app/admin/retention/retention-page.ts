import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { RetentionKind, RetentionReport, RetentionSettings } from '@guichet/contracts';
import { finalize, forkJoin } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { applyServerFieldErrors, controlErrorKey } from '../../shared/forms/field-errors';
import { WholeNumberField } from '../../shared/forms/whole-number-field';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { RetentionApi } from './retention-api';

/** Ten years: the longest period the server accepts. */
export const MAX_MONTHS = 120;
const WHOLE = Validators.pattern(/^\d+$/);
const MONTHS = [Validators.required, Validators.min(1), Validators.max(MAX_MONTHS), WHOLE];

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey }
  | { readonly kind: 'ready' };

/** Each kind's wording: what it is, and what happens at the end of the period. */
const KIND_WORDING: Readonly<
  Record<RetentionKind, { label: TranslationKey; action: TranslationKey }>
> = {
  'inactive-clients': {
    label: 'admin.retention.kind.inactive-clients',
    action: 'admin.retention.action.inactive-clients',
  },
  'audit-ip': { label: 'admin.retention.kind.audit-ip', action: 'admin.retention.action.audit-ip' },
  leads: { label: 'admin.retention.kind.leads', action: 'admin.retention.action.leads' },
};

/**
 * `/admin/retention` « Durées de conservation » (GDPR-5): the firm's periods (CNIL defaults until
 * changed) and a dry-run report of what the daily job will erase now and within 30 days.
 */
@Component({
  selector: 'app-retention-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    TranslatePipe,
    LocalizedDatePipe,
    ProblemBox,
    WholeNumberField,
  ],
  templateUrl: './retention-page.html',
  styleUrl: './retention-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionPage {
  private readonly api = inject(RetentionApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly maxMonths = MAX_MONTHS;
  protected readonly wording = KIND_WORDING;
  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly report = signal<RetentionReport | null>(null);
  protected readonly form = this.fb.group({
    inactiveClientMonths: this.fb.control<number | null>(null, MONTHS),
    auditIpMonths: this.fb.control<number | null>(null, MONTHS),
    leadMonths: this.fb.control<number | null>(null, MONTHS),
  });
  protected readonly fields = [
    { name: 'inactiveClientMonths', label: 'admin.retention.inactiveClientMonths' },
    { name: 'auditIpMonths', label: 'admin.retention.auditIpMonths' },
    { name: 'leadMonths', label: 'admin.retention.leadMonths' },
  ] as const satisfies readonly { name: keyof RetentionSettings; label: TranslationKey }[];
  protected readonly saving = signal(false);
  protected readonly outcome = signal<Message | null>(null);
  protected readonly problem = signal<Message | null>(null);

  constructor() {
    this.load();
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    forkJoin({ settings: this.api.settings(), report: this.api.report() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ settings, report }) => {
          this.form.setValue(settings);
          this.report.set(report);
          this.state.set({ kind: 'ready' });
        },
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected readonly errorKey = (control: AbstractControl): TranslationKey => {
    if (control.hasError('min')) return 'admin.retention.error.min';
    if (control.hasError('max')) return 'admin.retention.error.max';
    if (control.hasError('pattern')) return 'admin.retention.error.whole';
    return controlErrorKey(control);
  };

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    const value = this.form.getRawValue();
    const settings: RetentionSettings = {
      inactiveClientMonths: Number(value.inactiveClientMonths),
      auditIpMonths: Number(value.auditIpMonths),
      leadMonths: Number(value.leadMonths),
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
          this.form.setValue(saved);
          this.outcome.set({ key: 'admin.retention.saved' });
          // The report follows the new periods.
          this.api
            .report()
            .pipe(takeUntilDestroyed(this.destroyRef))
            .subscribe({ next: (report) => this.report.set(report), error: () => undefined });
        },
        error: (error: unknown) => {
          applyServerFieldErrors(this.form, errorBodyOf(error));
          this.problem.set({ key: errorMessageKey(error) });
        },
      });
  }
}
