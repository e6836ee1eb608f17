import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type ErasurePreview, type ErasureResult, GdprErrorCode } from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, isTranslationKey } from '../../core/i18n';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { type ErasureSubjectRef, GdprApi } from './gdpr-api';

/** The same comparison as the server's: spaces around and case do not count. */
const same = (value: string) => value.trim().normalize('NFC').toLocaleLowerCase('fr');

/**
 * "Effacer les données" (GDPR-2), for admins, on any record page with `[subject]`: shows what
 * the erasure would take (rows per kind, documents), asks to type the identifier or name the
 * preview gives, then erases and says so. A company linked to the ERP is refused with its
 * reference. `(erased)` tells the page, which usually leaves the record.
 */
@Component({
  selector: 'app-erase-data',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslatePipe,
    ProblemBox,
  ],
  template: `
    <section class="erase-data" data-testid="erase-data">
      @if (result(); as done) {
        <p role="status" class="done" data-testid="erase-data-done">
          {{ 'gdpr.erase.done' | translate: { reference: done.tombstoneId } }}
        </p>
      } @else if (preview(); as shown) {
        <h3>{{ 'gdpr.erase.title' | translate: { label: shown.label } }}</h3>
        <p>{{ 'gdpr.erase.intro' | translate }}</p>
        <ul data-testid="erase-data-counts">
          @for (line of lines(); track line.table) {
            <li>{{ line.key | translate: { count: line.count, table: line.table } }}</li>
          }
          @if (shown.documents > 0) {
            <li>{{ 'gdpr.erase.documents' | translate: { count: shown.documents } }}</li>
          }
        </ul>
        <p class="warning">{{ 'gdpr.erase.irreversible' | translate }}</p>
        <form [formGroup]="form" (ngSubmit)="erase()">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'gdpr.erase.confirmLabel' | translate }}</mat-label>
            <input
              matInput
              formControlName="confirmation"
              autocomplete="off"
              spellcheck="false"
              data-testid="erase-data-confirmation"
            />
            <mat-hint>{{
              'gdpr.erase.confirmHint' | translate: { confirmation: shown.confirmation }
            }}</mat-hint>
          </mat-form-field>
          <div class="actions">
            <button mat-button type="button" (click)="cancel()" data-testid="erase-data-cancel">
              {{ 'gdpr.erase.cancel' | translate }}
            </button>
            <button
              mat-flat-button
              class="danger"
              type="submit"
              [disabled]="!matches() || busy()"
              data-testid="erase-data-confirm"
            >
              {{ 'gdpr.erase.confirm' | translate }}
            </button>
          </div>
        </form>
      } @else {
        <button
          mat-stroked-button
          class="danger"
          type="button"
          [disabled]="busy()"
          (click)="open()"
          data-testid="erase-data-open"
        >
          {{ 'gdpr.erase.button' | translate }}
        </button>
      }
      <app-problem-box [message]="problem()" testId="erase-data-problem" />
    </section>
  `,
  styles: `
    .erase-data {
      max-width: 40rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      justify-content: flex-end;
    }
    .warning {
      font-weight: 500;
    }
    .danger {
      --mdc-filled-button-container-color: var(--mat-sys-error);
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EraseData {
  readonly subject = input.required<ErasureSubjectRef>();
  readonly erased = output<ErasureResult>();

  private readonly api = inject(GdprApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly form = inject(NonNullableFormBuilder).group({ confirmation: '' });
  private readonly typed = this.form.controls.confirmation;
  private readonly typedValue = toSignal(this.typed.valueChanges, { initialValue: '' });

  protected readonly preview = signal<ErasurePreview | null>(null);
  protected readonly result = signal<ErasureResult | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly matches = computed(() => {
    const expected = this.preview()?.confirmation;
    return !!expected && same(this.typedValue()) === same(expected);
  });
  /** One line per kind of row, in the preview's order, worded when the kind is known. */
  protected readonly lines = computed(() =>
    Object.entries(this.preview()?.counts ?? {}).map(([table, count]) => ({
      table,
      count,
      key: tableKey(table),
    })),
  );

  protected open(): void {
    this.problem.set(null);
    this.busy.set(true);
    this.api
      .preview(this.subject())
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (preview) => {
          this.typed.reset();
          this.preview.set(preview);
        },
        error: (error: unknown) => this.problem.set(problemOf(error)),
      });
  }

  protected erase(): void {
    if (!this.matches() || this.busy()) return;
    this.problem.set(null);
    this.busy.set(true);
    this.api
      .erase(this.subject(), this.typed.value)
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (result) => {
          this.preview.set(null);
          this.result.set(result);
          this.erased.emit(result);
        },
        error: (error: unknown) => {
          this.problem.set(problemOf(error));
          // A mistyped confirmation may be typed again; anything else starts over.
          if (errorBodyOf(error)?.code !== GdprErrorCode.WrongConfirmation) this.preview.set(null);
        },
      });
  }

  protected cancel(): void {
    this.preview.set(null);
    this.problem.set(null);
  }
}

/** `gdpr.table.crm_address` when worded, else the generic line with the table's name. */
function tableKey(table: string): TranslationKey {
  const key = `gdpr.table.${table}`;
  return isTranslationKey(key) ? key : 'gdpr.table.other';
}

/** The ERP refusal names the third party to erase in the ERP; other errors by their code. */
function problemOf(error: unknown): Message {
  const body = errorBodyOf(error);
  const reference = body?.fields?.['erpReference']?.[0];
  if (body?.code === GdprErrorCode.ErpLinked && reference) {
    return { key: 'gdpr.erase.erpLinked', params: { reference } };
  }
  return { key: errorMessageKey(error) };
}
