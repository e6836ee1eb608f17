import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import type { FormSubmission } from '../../shared/forms/form-submission';
import { ProblemBox } from '../../shared/problem-box/problem-box';

/**
 * The end of the CRM's small forms that open from a button (a record's fields, an address, a
 * communication, an opportunity): what the server refused, then the submit button of the
 * enclosing `<form>` (disabled while its request is under way) and « Annuler ».
 */
@Component({
  selector: 'app-form-footer',
  imports: [MatButton, TranslatePipe, ProblemBox],
  template: `
    <app-problem-box [message]="submission().problem()" [testId]="problemTestId()" />
    <div class="actions">
      <button
        mat-flat-button
        type="submit"
        [disabled]="submission().pending()"
        [attr.data-testid]="saveTestId()"
      >
        {{ saveKey() | translate }}
      </button>
      <button mat-button type="button" (click)="cancelled.emit()">
        {{ 'crm.new.cancel' | translate }}
      </button>
    </div>
  `,
  styles: `
    .actions {
      display: flex;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormFooter {
  readonly submission = input.required<FormSubmission>();
  readonly saveKey = input.required<TranslationKey>();
  readonly saveTestId = input.required<string>();
  readonly problemTestId = input.required<string>();
  readonly cancelled = output<void>();
}
