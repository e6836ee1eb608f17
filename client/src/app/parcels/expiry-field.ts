import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  inject,
  input,
} from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ParcelOptions } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../core/i18n';
import { controlErrorKey } from '../shared/forms/field-errors';
import { type ExpiryBounds, expiryErrorKey } from './expiry-choice';

/**
 * The "available until" date of a parcel or a secure message: from tomorrow to the firm's
 * maximum, its default proposed, the firm's rule as the hint (PARCEL-4, PARCEL-8).
 */
@Component({
  selector: 'app-expiry-field',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
  ],
  template: `
    <mat-form-field>
      <mat-label>{{ label() | translate }}</mat-label>
      <input
        matInput
        type="date"
        [formControl]="control()"
        required
        [min]="bounds().min"
        [max]="bounds().max"
        [attr.data-testid]="testId()"
      />
      <mat-hint>{{
        'parcels.send.expiry.hint'
          | translate: { default: limits().defaultExpiryDays, max: limits().maxExpiryDays }
      }}</mat-hint>
      @if (control().invalid) {
        <mat-error>{{ errorKey() | translate }}</mat-error>
      }
    </mat-form-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpiryField {
  readonly control = input.required<FormControl<string>>();
  readonly limits = input.required<Pick<ParcelOptions, 'defaultExpiryDays' | 'maxExpiryDays'>>();
  /** The same bounds as the control's validator (`expiryWithin`), from the page. */
  readonly bounds = input.required<ExpiryBounds>();
  readonly label = input.required<TranslationKey>();
  readonly testId = input.required<string>();

  constructor() {
    // The form around it is submitted (every field marked touched) or answered by the server
    // (errors set) without any input of this view changing: its events ask for a new look.
    const changes = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.control().events.subscribe(() => changes.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected errorKey(): TranslationKey {
    return expiryErrorKey(this.control()) ?? controlErrorKey(this.control());
  }
}
