import { ChangeDetectionStrategy, Component, input, model, signal } from '@angular/core';
import {
  type MatChipInputEvent,
  MatChipGrid,
  MatChipInput,
  MatChipRemove,
  MatChipRow,
} from '@angular/material/chips';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';

/** `type/subtype` as detected types are named (`application/pdf`, `image/png`). */
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * A list of MIME types as chips: typed, then Enter, comma or leaving the field adds one (lower
 * case, checked, once); each chip has a named remove button.
 */
@Component({
  selector: 'app-type-list-field',
  imports: [
    MatChipGrid,
    MatChipInput,
    MatChipRemove,
    MatChipRow,
    MatFormField,
    MatLabel,
    MatHint,
    TranslatePipe,
  ],
  template: `
    <mat-form-field class="types">
      <mat-label>{{ label() | translate }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label() | translate">
        @for (type of types(); track type) {
          <mat-chip-row (removed)="remove(type)" [attr.data-testid]="testId() + '-chip'">
            {{ type }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="'admin.parcelSettings.types.remove' | translate: { type }"
            >
              <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
                <path
                  fill="currentColor"
                  d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z"
                />
              </svg>
            </button>
          </mat-chip-row>
        }
        <input
          [matChipInputFor]="grid"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="add($event)"
          autocomplete="off"
          spellcheck="false"
          [attr.aria-describedby]="testId() + '-error'"
          [attr.data-testid]="testId() + '-input'"
        />
      </mat-chip-grid>
      <mat-hint>{{ hint() | translate }}</mat-hint>
    </mat-form-field>
    <p class="field-error" [id]="testId() + '-error'" role="alert">
      @if (refused(); as refused) {
        {{ 'admin.parcelSettings.types.invalid' | translate: { type: refused } }}
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }

    .types {
      width: 100%;
    }

    .field-error {
      margin: 0 0 0.5rem 1rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TypeListField {
  readonly label = input.required<TranslationKey>();
  readonly hint = input.required<TranslationKey>();
  readonly testId = input.required<string>();
  readonly types = model<readonly string[]>([]);

  /** The last entry that is not a MIME type, kept in the field to be corrected. */
  protected readonly refused = signal<string | null>(null);

  protected add(event: MatChipInputEvent): void {
    const type = event.value.trim().toLowerCase();
    if (!type) return;
    if (!MIME_TYPE.test(type)) {
      this.refused.set(type);
      return;
    }
    this.refused.set(null);
    if (!this.types().includes(type)) this.types.update((types) => [...types, type]);
    event.chipInput.clear();
  }

  protected remove(type: string): void {
    this.types.update((types) => types.filter((t) => t !== type));
  }
}
