import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { Profile, ProfileMobile } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../core/i18n';
import { codeDigits, sixDigits } from '../shared/forms/six-digits';
import { FlowProblem } from './flow-problem';
import { SmsCodeStep } from './sms-code-step';
import { PasswordField } from './password-field';
import { ProfileApi } from './profile-api';
import { ProfileFlow } from './profile-flow';
import { controlErrorKey } from './profile-problem';
import { ResendCountdown } from './resend-countdown';

type Step = { readonly kind: 'number' } | { readonly kind: 'code'; readonly display: string };

/**
 * Adding or changing the profile's mobile: the password again and the new number; a code sent
 * to that number proves it; the server then stores it as verified.
 */
@Component({
  selector: 'app-mobile-change',
  imports: [
    SmsCodeStep,
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    PasswordField,
    FlowProblem,
  ],
  template: `
    <section class="flow" aria-labelledby="mobile-heading" data-testid="mobile-change">
      <h3 id="mobile-heading" tabindex="-1">{{ heading() | translate }}</h3>
      @switch (step().kind) {
        @case ('number') {
          <p>{{ 'profile.mobileChange.intro' | translate }}</p>
          <form [formGroup]="numberForm" (ngSubmit)="send()" novalidate>
            <mat-form-field class="mobile-field">
              <mat-label>{{ 'profile.mobileChange.number.label' | translate }}</mat-label>
              <input
                matInput
                type="tel"
                formControlName="mobile"
                autocomplete="tel"
                maxlength="64"
                data-testid="profile-mobile"
              />
              <mat-hint>{{ 'profile.mobileChange.number.hint' | translate }}</mat-hint>
              <mat-error>{{ mobileError() | translate }}</mat-error>
            </mat-form-field>
            <app-password-field [control]="numberForm.controls.password" />
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
            sentKey="profile.mobileChange.sent"
            [mobile]="sentTo()"
            [control]="codeForm.controls.code"
            [problem]="flow.problem()"
            [pending]="flow.pending()"
            [secondsLeft]="countdown.secondsLeft()"
            (confirmed)="confirm()"
            (resent)="resend()"
            (cancelled)="cancelled.emit()"
          />
        }
      }
    </section>
  `,
  styleUrl: './flow.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MobileChange {
  private readonly api = inject(ProfileApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly flow = new ProfileFlow();
  protected readonly countdown = new ResendCountdown();

  /** The mobile on file, if any: the heading says "add" or "change". */
  readonly current = input<ProfileMobile | null>(null);
  /** The profile as it is once the new number is stored. */
  readonly done = output<Profile>();
  readonly cancelled = output();

  protected readonly numberForm = this.fb.group({
    mobile: ['', [Validators.required, Validators.maxLength(64)]],
    password: ['', Validators.required],
  });
  protected readonly codeForm = this.fb.group({ code: ['', [Validators.required, sixDigits]] });
  protected readonly step = signal<Step>({ kind: 'number' });
  protected readonly heading = computed<TranslationKey>(() =>
    this.current() ? 'profile.mobileChange.heading.change' : 'profile.mobileChange.heading.add',
  );
  protected readonly sentTo = computed(() => {
    const step = this.step();
    return step.kind === 'code' ? step.display : '';
  });
  /** Kept for "send again", which the server guards with the password as the first send. */
  private request: { password: string; mobile: string } | null = null;

  protected mobileError(): TranslationKey {
    return controlErrorKey(this.numberForm.controls.mobile, 'errors.SMS_INVALID_PHONE_NUMBER');
  }

  protected send(): void {
    if (!this.flow.ready(this.numberForm)) return;
    const { mobile, password } = this.numberForm.getRawValue();
    this.flow.run(this.api.changeMobile(password, mobile), this.numberForm.controls, (started) => {
      this.request = { password, mobile };
      this.numberForm.controls.password.reset();
      this.step.set({ kind: 'code', display: started.display });
      this.countdown.start();
      this.flow.focus('input[data-testid="profile-code"]');
    });
  }

  protected resend(): void {
    const request = this.request;
    if (!request) return;
    this.flow.run(this.api.changeMobile(request.password, request.mobile), {}, () => {
      this.countdown.start();
    });
  }

  protected confirm(): void {
    if (!this.flow.ready(this.codeForm)) return;
    const code = codeDigits(this.codeForm.getRawValue().code);
    this.flow.run(this.api.confirmMobile(code), this.codeForm.controls, (profile) => {
      this.request = null;
      this.done.emit(profile);
    });
  }
}
