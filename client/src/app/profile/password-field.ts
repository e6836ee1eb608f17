import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '../core/i18n';
import { controlErrorKey } from './profile-problem';

/** "Current password", asked again before a change to the sign-in security; show/hide. */
@Component({
  selector: 'app-password-field',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatIconButton,
    TranslatePipe,
  ],
  template: `
    <mat-form-field class="password-field">
      <mat-label>{{ 'profile.password.label' | translate }}</mat-label>
      <input
        matInput
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        autocomplete="current-password"
        autocapitalize="none"
        spellcheck="false"
        data-testid="profile-password"
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        (click)="visible.set(!visible())"
        [attr.aria-label]="'profile.password.show' | translate"
        [attr.aria-pressed]="visible()"
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
          <path
            fill="currentColor"
            d="M12 4.5C7 4.5 2.7 7.6 1 12c1.7 4.4 6 7.5 11 7.5s9.3-3.1 11-7.5c-1.7-4.4-6-7.5-11-7.5ZM12 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10Zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z"
          />
        </svg>
      </button>
      <mat-hint>{{ 'profile.password.hint' | translate }}</mat-hint>
      <mat-error>{{ errorKey() | translate }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .password-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  protected readonly visible = signal(false);

  protected errorKey() {
    return controlErrorKey(this.control(), 'form.error.password');
  }
}
