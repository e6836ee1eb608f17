import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe } from '../../core/i18n';
import type { AccountAction } from './admin-accounts-api';
import { ACTION_WORDING } from './account-wording';

/** What the confirmation asks about. */
export interface AccountActionQuestion {
  readonly action: AccountAction;
  /** "Sophie Bataillon". */
  readonly name: string;
  /** The admin's own account: signing it out everywhere signs them out too. */
  readonly self: boolean;
}

/**
 * "Lock the account of Sophie Bataillon?": closes with true to go ahead. Cancel has the focus
 * first, so that Enter pressed by habit changes nothing.
 */
@Component({
  selector: 'app-account-action-dialog',
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
      id="account-action-title"
      [textContent]="wording().title | translate: { name: question.name }"
    ></h2>
    <mat-dialog-content>
      <p id="account-action-message">{{ wording().message | translate }}</p>
      @if (question.self && question.action === 'signOutEverywhere') {
        <p data-testid="account-action-self">{{ 'admin.accounts.confirm.self' | translate }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        cdkFocusInitial
        [mat-dialog-close]="false"
        data-testid="account-action-cancel"
      >
        {{ 'admin.accounts.confirm.cancel' | translate }}
      </button>
      <button
        mat-flat-button
        type="button"
        [mat-dialog-close]="true"
        data-testid="account-action-confirm"
      >
        {{ wording().button | translate }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountActionDialog {
  protected readonly question = inject<AccountActionQuestion>(MAT_DIALOG_DATA);
  protected readonly wording = computed(() => ACTION_WORDING[this.question.action]);
}
