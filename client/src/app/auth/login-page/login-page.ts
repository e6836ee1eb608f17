import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '../../core/i18n';

/**
 * Sign-in page (placeholder): the fields of the future form, with submission disabled until the
 * session API exists. Nothing is sent to the server yet.
 */
@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    MatCard,
    MatCardHeader,
    MatCardTitle,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  // `required` lives on the inputs: Angular's RequiredValidator adds it to these controls, and
  // Material reads it there for the asterisk and the error state.
  protected readonly form = inject(NonNullableFormBuilder).group({
    workspace: '',
    identifier: '',
    password: '',
  });
}
