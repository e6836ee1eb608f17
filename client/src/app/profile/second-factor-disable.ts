import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n';
import { FlowProblem } from './flow-problem';
import { PasswordField } from './password-field';
import { ProfileApi } from './profile-api';
import { ProfileFlow } from './profile-flow';

/** Turning every second factor off: says what it means, and asks for the password again. */
@Component({
  selector: 'app-second-factor-disable',
  imports: [ReactiveFormsModule, MatButton, TranslatePipe, PasswordField, FlowProblem],
  template: `
    <section class="flow" aria-labelledby="disable-heading" data-testid="second-factor-disable">
      <h3 id="disable-heading" tabindex="-1">{{ 'profile.disable.heading' | translate }}</h3>
      <p>{{ 'profile.disable.intro' | translate }}</p>
      <form [formGroup]="form" (ngSubmit)="disable()" novalidate>
        <app-password-field [control]="form.controls.password" />
        <app-flow-problem [problem]="flow.problem()" />
        <div class="flow-actions">
          <button
            mat-flat-button
            type="submit"
            [disabled]="flow.pending()"
            data-testid="flow-submit"
          >
            {{ 'profile.disable.submit' | translate }}
          </button>
          <button mat-button type="button" (click)="cancelled.emit()" data-testid="flow-cancel">
            {{ 'profile.cancel' | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
  styleUrl: './flow.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecondFactorDisable {
  private readonly api = inject(ProfileApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly flow = new ProfileFlow();

  readonly done = output();
  readonly cancelled = output();

  protected readonly form = this.fb.group({ password: ['', Validators.required] });

  protected disable(): void {
    if (!this.flow.ready(this.form)) return;
    this.flow.run(this.api.disable(this.form.getRawValue().password), this.form.controls, () => {
      this.done.emit();
    });
  }
}
