import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { TranslatePipe, type TranslationKey } from '../core/i18n';
import { CodeField } from './code-field';
import { FlowProblem } from './flow-problem';

/**
 * The step where the code sent by SMS is typed, shared by proving a new mobile and by turning on
 * SMS codes: what was sent where, the code, "send again" once the cooldown is over (OTP-2).
 */
@Component({
  selector: 'app-sms-code-step',
  imports: [ReactiveFormsModule, MatButton, TranslatePipe, CodeField, FlowProblem],
  template: `
    <p class="flow-status" role="status" data-testid="flow-status">
      {{ sentKey() | translate: { mobile: mobile() } }}
    </p>
    <form (submit)="submit($event)" novalidate>
      <app-code-field [control]="control()" />
      <app-flow-problem [problem]="problem()" />
      <div class="flow-actions">
        <button mat-flat-button type="submit" [disabled]="pending()" data-testid="flow-submit">
          {{ 'profile.confirm' | translate }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="pending() || secondsLeft() > 0"
          (click)="resent.emit()"
          data-testid="flow-resend"
        >
          @if (secondsLeft() > 0) {
            {{ 'profile.resendIn' | translate: { seconds: secondsLeft() } }}
          } @else {
            {{ 'profile.resend' | translate }}
          }
        </button>
        <button mat-button type="button" (click)="cancelled.emit()" data-testid="flow-cancel">
          {{ 'profile.cancel' | translate }}
        </button>
      </div>
    </form>
  `,
  styleUrl: './flow.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SmsCodeStep {
  /** The sentence saying a code went to `mobile`. */
  readonly sentKey = input.required<TranslationKey>();
  readonly mobile = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly problem = input<TranslationKey | null>(null);
  readonly pending = input(false);
  readonly secondsLeft = input(0);
  readonly confirmed = output();
  readonly resent = output();
  readonly cancelled = output();

  protected submit(event: Event): void {
    event.preventDefault(); // no FormGroupDirective here to stop the browser's own submit
    this.confirmed.emit();
  }
}
