import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type AbstractControl, type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { controlErrorKey } from './field-errors';

/** A whole number of some unit (MB, days…) in a settings form, with its message under it. */
@Component({
  selector: 'app-whole-number-field',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    TranslatePipe,
  ],
  template: `
    <mat-form-field>
      <mat-label>{{ label() | translate }}</mat-label>
      <input
        matInput
        type="number"
        min="1"
        [max]="max()"
        step="1"
        [formControl]="control()"
        required
        [attr.data-testid]="testId()"
      />
      <span matTextSuffix>{{ unit() | translate }}</span>
      @if (control().invalid) {
        <mat-error>{{ errorKey()(control()) | translate }}</mat-error>
      }
    </mat-form-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WholeNumberField {
  readonly control = input.required<FormControl<number | null>>();
  readonly label = input.required<TranslationKey>();
  readonly unit = input.required<TranslationKey>();
  readonly testId = input.required<string>();
  readonly max = input<number | null>(null);
  /** The page's own wording of a failed validator; the shared one by default. */
  readonly errorKey = input<(control: AbstractControl) => TranslationKey>(controlErrorKey);
}
