import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n';
import { codeDigits, sixDigits } from '../shared/forms/six-digits';
import { FlowProblem } from './flow-problem';
import { SmsCodeStep } from './sms-code-step';
import { PasswordField } from './password-field';
import { ProfileApi } from './profile-api';
import { ProfileFlow } from './profile-flow';
import { RecoveryCodes } from './recovery-codes';
import { ResendCountdown } from './resend-countdown';

type Step =
  | { readonly kind: 'password' }
  | { readonly kind: 'code' }
  | { readonly kind: 'recovery'; readonly codes: readonly string[] };

/**
 * Turning on codes by SMS (AUTH-8): the password again, a code sent to the profile's mobile to
 * prove it is the user's, and recovery codes when this is the first second factor.
 */
@Component({
  selector: 'app-sms-setup',
  imports: [
    SmsCodeStep,
    ReactiveFormsModule,
    MatButton,
    TranslatePipe,
    PasswordField,
    FlowProblem,
    RecoveryCodes,
  ],
  template: `
    <section class="flow" aria-labelledby="sms-heading" data-testid="sms-setup">
      <h3 id="sms-heading" tabindex="-1">{{ 'profile.sms.heading' | translate }}</h3>
      @switch (step().kind) {
        @case ('password') {
          <p>{{ 'profile.sms.intro' | translate: { mobile: mobile() } }}</p>
          <form [formGroup]="passwordForm" (ngSubmit)="send()" novalidate>
            <app-password-field [control]="passwordForm.controls.password" />
            <app-flow-problem [problem]="flow.problem()" />
            <div class="flow-actions">
              <button
                mat-flat-button
                type="submit"
                [disabled]="flow.pending()"
                data-testid="flow-submit"
              >
                {{ 'profile.continue' | translate }}
              </button>
              <button mat-button type="button" (click)="cancelled.emit()" data-testid="flow-cancel">
                {{ 'profile.cancel' | translate }}
              </button>
            </div>
          </form>
        }
        @case ('code') {
          <app-sms-code-step
            sentKey="profile.sms.sent"
            [mobile]="mobile()"
            [control]="codeForm.controls.code"
            [problem]="flow.problem()"
            [pending]="flow.pending()"
            [secondsLeft]="countdown.secondsLeft()"
            (confirmed)="confirm()"
            (resent)="resend()"
            (cancelled)="cancelled.emit()"
          />
        }
        @case ('recovery') {
          <app-recovery-codes [codes]="recoveryCodes()" (finished)="done.emit()" />
        }
      }
    </section>
  `,
  styleUrl: './flow.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SmsSetup {
  private readonly api = inject(ProfileApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly flow = new ProfileFlow();
  protected readonly countdown = new ResendCountdown();

  /** The profile's mobile as shown to its owner. */
  readonly mobile = input.required<string>();
  readonly done = output();
  readonly cancelled = output();

  protected readonly passwordForm = this.fb.group({ password: ['', Validators.required] });
  protected readonly codeForm = this.fb.group({ code: ['', [Validators.required, sixDigits]] });
  protected readonly step = signal<Step>({ kind: 'password' });
  /** Kept for "send again", which the server also guards with the password. */
  private password = '';

  protected recoveryCodes(): readonly string[] {
    const step = this.step();
    return step.kind === 'recovery' ? step.codes : [];
  }

  protected send(): void {
    if (!this.flow.ready(this.passwordForm)) return;
    const { password } = this.passwordForm.getRawValue();
    this.flow.run(this.api.beginSms(password), this.passwordForm.controls, () => {
      this.password = password;
      this.passwordForm.reset();
      this.step.set({ kind: 'code' });
      this.countdown.start();
      this.flow.focus('input[data-testid="profile-code"]');
    });
  }

  protected resend(): void {
    this.flow.run(this.api.beginSms(this.password), {}, () => {
      this.countdown.start();
    });
  }

  protected confirm(): void {
    if (!this.flow.ready(this.codeForm)) return;
    const code = codeDigits(this.codeForm.getRawValue().code);
    this.flow.run(this.api.confirmSms(code), this.codeForm.controls, ({ recoveryCodes }) => {
      this.password = '';
      if (recoveryCodes.length === 0) {
        this.done.emit();
        return;
      }
      this.step.set({ kind: 'recovery', codes: recoveryCodes });
      this.flow.focus('#recovery-heading');
    });
  }
}
