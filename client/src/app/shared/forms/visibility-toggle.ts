import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';

/**
 * The eye button of a password field (show/hide). A toggle button: its name stays the same and
 * `aria-pressed` says whether the password shows.
 */
@Component({
  selector: 'app-visibility-toggle',
  imports: [MatIconButton, TranslatePipe],
  template: `
    <button
      mat-icon-button
      type="button"
      (click)="visible.set(!visible())"
      [attr.aria-label]="label() | translate"
      [attr.aria-pressed]="visible()"
      [attr.data-testid]="testId()"
    >
      @if (visible()) {
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
          <path
            fill="currentColor"
            d="m2.8 2.7-1.4 1.4 3.2 3.2A11 11 0 0 0 1 12c1.7 4.4 6 7.5 11 7.5 1.6 0 3.1-.3 4.4-.9l3.4 3.4 1.4-1.4L2.8 2.7ZM12 17a5 5 0 0 1-5-5c0-.8.2-1.5.5-2.2l1.6 1.6a3 3 0 0 0 3.5 3.5l1.6 1.6c-.7.3-1.4.5-2.2.5Zm0-12.5c5 0 9.3 3.1 11 7.5a11 11 0 0 1-3.5 4.7l-1.5-1.5a5 5 0 0 0-6.7-6.7L9.6 6.8c.8-.2 1.6-.3 2.4-.3Zm-.2 2.5h.2a5 5 0 0 1 5 5v.2l-5.2-5.2Z"
          />
        </svg>
      } @else {
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
          <path
            fill="currentColor"
            d="M12 4.5C7 4.5 2.7 7.6 1 12c1.7 4.4 6 7.5 11 7.5s9.3-3.1 11-7.5c-1.7-4.4-6-7.5-11-7.5ZM12 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10Zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z"
          />
        </svg>
      }
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VisibilityToggle {
  readonly visible = model(false);
  readonly label = input.required<TranslationKey>();
  readonly testId = input<string | null>(null);
}
