import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, type TranslationKey } from '../core/i18n';
import { controlErrorKey } from './profile-problem';

/** The 6-digit code of an SMS or an authenticator app, offered by the phone's keyboard as such. */
@Component({
  selector: 'app-code-field',
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
    <mat-form-field class="code-field">
      <mat-label>{{ 'profile.code.label' | translate }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        autocomplete="one-time-code"
        inputmode="numeric"
        maxlength="7"
        autocapitalize="none"
        spellcheck="false"
        data-testid="profile-code"
      />
      @if (hint(); as hint) {
        <mat-hint>{{ hint | translate }}</mat-hint>
      }
      <mat-error>{{ errorKey() | translate }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .code-field {
      width: 100%;
      max-width: 24rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CodeField {
  readonly control = input.required<FormControl<string>>();
  readonly hint = input<TranslationKey | null>(null);

  protected errorKey() {
    return controlErrorKey(this.control(), 'profile.code.pattern');
  }
}
