import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslatePipe } from '../../core/i18n';
import { IdleWatch } from '../../core/session/idle-watch';
import { SessionNavigation } from '../../core/session/session-navigation';

/**
 * "Your session will expire in 60 s": stay signed in, or sign out now. The title counts down
 * without being a live region (one announcement when the dialog opens, not one per second).
 */
@Component({
  selector: 'app-idle-warning-dialog',
  imports: [MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, TranslatePipe],
  template: `
    <!-- Bound as text: Material's title starts with an inline box that a leading space would indent. -->
    <h2
      mat-dialog-title
      id="idle-warning-title"
      [textContent]="'idle.title' | translate: { seconds: watch.secondsLeft() ?? 0 }"
      data-testid="idle-warning-title"
    ></h2>
    <mat-dialog-content>
      <p id="idle-warning-message">{{ 'idle.message' | translate }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="signOut()" data-testid="idle-warning-sign-out">
        {{ 'idle.signOut' | translate }}
      </button>
      <button
        mat-flat-button
        type="button"
        cdkFocusInitial
        (click)="watch.stay()"
        data-testid="idle-warning-stay"
      >
        {{ 'idle.stay' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarningDialog {
  protected readonly watch = inject(IdleWatch);
  private readonly navigation = inject(SessionNavigation);

  protected signOut(): void {
    void this.navigation.signOut();
  }
}
