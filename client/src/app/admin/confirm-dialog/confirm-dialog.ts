import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  type MatDialog,
  type MatDialogRef,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';

/** What the confirmation asks, and the words of its button. */
export interface ConfirmQuestion {
  readonly title: Message;
  readonly message: Message;
  readonly confirm: TranslationKey;
}

/**
 * "Réparer les 12 comptes ?": closes with true to go ahead. Cancel has the focus first, so that
 * Enter pressed by habit changes nothing.
 */
@Component({
  selector: 'app-confirm-dialog',
  imports: [
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    TranslatePipe,
  ],
  template: `
    <h2
      mat-dialog-title
      id="confirm-dialog-title"
      [textContent]="question.title.key | translate: question.title.params"
    ></h2>
    <mat-dialog-content>
      <p id="confirm-dialog-message">
        {{ question.message.key | translate: question.message.params }}
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        cdkFocusInitial
        [mat-dialog-close]="false"
        data-testid="confirm-dialog-cancel"
      >
        {{ 'admin.accounts.confirm.cancel' | translate }}
      </button>
      <button
        mat-flat-button
        type="button"
        [mat-dialog-close]="true"
        data-testid="confirm-dialog-confirm"
      >
        {{ question.confirm | translate }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly question = inject<ConfirmQuestion>(MAT_DIALOG_DATA);
}

/** Opens the confirmation as an alert dialog that gives the focus back where it was. */
export function openConfirmDialog(
  dialog: MatDialog,
  question: ConfirmQuestion,
): MatDialogRef<ConfirmDialog, boolean> {
  return dialog.open<ConfirmDialog, ConfirmQuestion, boolean>(ConfirmDialog, {
    data: question,
    role: 'alertdialog',
    ariaLabelledBy: 'confirm-dialog-title',
    ariaDescribedBy: 'confirm-dialog-message',
    autoFocus: 'first-tabbable',
    restoreFocus: true,
  });
}
