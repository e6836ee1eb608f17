import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { addDays, dateInputValue, endOfDay, parseDateInput } from '../parcel-format';

/** The days the new expiry may fall on, as `YYYY-MM-DD`: today to the day before the current. */
interface Bounds {
  readonly min: string;
  readonly max: string;
}

/**
 * « Raccourcir l'échéance »: a day before the current expiry (never after: the server refuses a
 * later one too); the parcel then expires at the end of that day.
 */
@Component({
  selector: 'app-shorten-expiry',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
  ],
  template: `
    @if (bounds(); as bounds) {
      <form class="shorten" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="day">
          <mat-label>{{ 'parcels.shorten.label' | translate }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="day"
            required
            [min]="bounds.min"
            [max]="bounds.max"
            data-testid="parcel-shorten-date"
          />
          <mat-hint>{{ 'parcels.shorten.hint' | translate }}</mat-hint>
          @if (form.controls.day.invalid) {
            <mat-error>{{ errorKey() | translate }}</mat-error>
          }
        </mat-form-field>
        <button
          mat-stroked-button
          type="submit"
          [disabled]="busy()"
          disabledInteractive
          data-testid="parcel-shorten"
        >
          {{ 'parcels.shorten.submit' | translate }}
        </button>
      </form>
    } @else {
      <p class="hint" data-testid="parcel-shorten-none">{{ 'parcels.shorten.none' | translate }}</p>
    }
  `,
  styles: `
    .shorten {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-start;
      margin-bottom: 1rem;
    }

    .day {
      width: min(100%, 20rem);
    }

    .shorten button {
      margin-top: 0.5rem;
    }

    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortenExpiry {
  /** The current expiry, ISO 8601. */
  readonly expiresAt = input.required<string>();
  readonly busy = input(false);
  /** The new expiry, ISO 8601. */
  readonly shorten = output<string>();

  protected readonly bounds = computed<Bounds | null>(() => {
    const min = dateInputValue(new Date());
    const max = dateInputValue(addDays(new Date(this.expiresAt()), -1));
    return max >= min ? { min, max } : null;
  });
  /** The bounds the validator checks, kept by the effect below (inputs are unset at first). */
  private limits: Bounds | null = null;
  protected readonly form = new FormGroup({
    day: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, (control) => this.within(control)],
    }),
  });

  constructor() {
    // A new current expiry: the field proposes the latest day allowed.
    effect(() => {
      this.limits = this.bounds();
      this.form.controls.day.setValue(this.limits?.max ?? '');
    });
  }

  protected errorKey(): TranslationKey {
    const { day } = this.form.controls;
    if (day.hasError('required')) return 'form.error.required';
    return day.hasError('tooLate') ? 'parcels.shorten.tooLate' : 'parcels.shorten.tooSoon';
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    const day = parseDateInput(this.form.controls.day.value);
    if (this.form.invalid || !day || this.busy()) return;
    this.shorten.emit(endOfDay(day).toISOString());
  }

  private within(control: AbstractControl<string>): ValidationErrors | null {
    const bounds = this.limits;
    if (!control.value || !bounds) return null;
    if (!parseDateInput(control.value)) return { tooSoon: true };
    if (control.value > bounds.max) return { tooLate: true };
    if (control.value < bounds.min) return { tooSoon: true };
    return null;
  }
}
