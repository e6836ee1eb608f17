import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe } from '../../core/i18n';

/** What the confirmation names. */
export interface WithdrawQuestion {
  readonly subject: string;
}

/**
 * « Retirer le dossier « … » ? »: closes with true to go ahead. Cancel has the focus first, so
 * that Enter pressed by habit withdraws nothing.
 */
@Component({
  selector: 'app-withdraw-dialog',
  imports: [
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title id="withdraw-title">
      {{ 'parcels.withdraw.confirmTitle' | translate: { subject: question.subject } }}
    </h2>
    <mat-dialog-content>
      <p id="withdraw-message">{{ 'parcels.withdraw.confirmMessage' | translate }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        cdkFocusInitial
        [mat-dialog-close]="false"
        data-testid="withdraw-cancel"
      >
        {{ 'parcels.withdraw.keep' | translate }}
      </button>
      <button
        mat-flat-button
        type="button"
        [mat-dialog-close]="true"
        data-testid="withdraw-confirm"
      >
        {{ 'parcels.withdraw.confirm' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WithdrawDialog {
  protected readonly question = inject<WithdrawQuestion>(MAT_DIALOG_DATA);
}
