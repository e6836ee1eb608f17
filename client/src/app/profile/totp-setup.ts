import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { TotpSetup as TotpSecret } from '@guichet/contracts';
import { TranslatePipe } from '../core/i18n';
import { codeDigits, sixDigits } from '../shared/forms/six-digits';
import { CodeField } from './code-field';
import { FlowProblem } from './flow-problem';
import { PasswordField } from './password-field';
import { ProfileApi } from './profile-api';
import { ProfileFlow } from './profile-flow';
import { QrCode } from './qr-code';
import { RecoveryCodes } from './recovery-codes';

type Step =
  | { readonly kind: 'password' }
  | { readonly kind: 'scan'; readonly secret: TotpSecret }
  | { readonly kind: 'recovery'; readonly codes: readonly string[] };

/**
 * Turning on an authenticator app (AUTH-8): the password again; then the QR code (drawn here)
 * and the key for typing by hand; a code from the app proves the setup; the recovery codes are
 * shown once to end.
 */
@Component({
  selector: 'app-totp-setup',
  imports: [
    ReactiveFormsModule,
    MatButton,
    TranslatePipe,
    PasswordField,
    CodeField,
    FlowProblem,
    QrCode,
    RecoveryCodes,
  ],
  template: `
    <section class="flow" aria-labelledby="totp-heading" data-testid="totp-setup">
      <h3 id="totp-heading" tabindex="-1">{{ 'profile.totp.heading' | translate }}</h3>
      @switch (step().kind) {
        @case ('password') {
          <p>{{ 'profile.totp.intro' | translate }}</p>
          <form [formGroup]="passwordForm" (ngSubmit)="begin()" novalidate>
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
        @case ('scan') {
          @if (secret(); as secret) {
            <p>{{ 'profile.totp.scan' | translate }}</p>
            <app-qr-code [text]="secret.otpauthUrl" [label]="'profile.totp.qrLabel' | translate" />
            <p>{{ 'profile.totp.manual' | translate }}</p>
            <p class="totp-secret">
              <code data-testid="totp-secret">{{ grouped(secret.secret) }}</code>
            </p>
            <form [formGroup]="codeForm" (ngSubmit)="confirm()" novalidate>
              <app-code-field [control]="codeForm.controls.code" hint="profile.totp.codeHint" />
              <app-flow-problem [problem]="flow.problem()" />
              <div class="flow-actions">
                <button
                  mat-flat-button
                  type="submit"
                  [disabled]="flow.pending()"
                  data-testid="flow-submit"
                >
                  {{ 'profile.confirm' | translate }}
                </button>
                <button
                  mat-button
                  type="button"
                  (click)="cancelled.emit()"
                  data-testid="flow-cancel"
                >
                  {{ 'profile.cancel' | translate }}
                </button>
              </div>
            </form>
          }
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
export class TotpSetup {
  private readonly api = inject(ProfileApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly flow = new ProfileFlow();

  readonly done = output();
  readonly cancelled = output();

  protected readonly passwordForm = this.fb.group({ password: ['', Validators.required] });
  protected readonly codeForm = this.fb.group({ code: ['', [Validators.required, sixDigits]] });
  protected readonly step = signal<Step>({ kind: 'password' });

  protected secret(): TotpSecret | null {
    const step = this.step();
    return step.kind === 'scan' ? step.secret : null;
  }

  protected recoveryCodes(): readonly string[] {
    const step = this.step();
    return step.kind === 'recovery' ? step.codes : [];
  }

  /** "AB12 CD34 …": the key in groups of four, easier to type into an app by hand. */
  protected grouped(secret: string): string {
    return secret.replace(/(.{4})(?=.)/g, '$1 ');
  }

  protected begin(): void {
    if (!this.flow.ready(this.passwordForm)) return;
    const { password } = this.passwordForm.getRawValue();
    this.flow.run(this.api.beginTotp(password), this.passwordForm.controls, (secret) => {
      this.passwordForm.reset();
      this.step.set({ kind: 'scan', secret });
      this.flow.focus('#totp-heading');
    });
  }

  protected confirm(): void {
    if (!this.flow.ready(this.codeForm)) return;
    const code = codeDigits(this.codeForm.getRawValue().code);
    this.flow.run(this.api.confirmTotp(code), this.codeForm.controls, ({ recoveryCodes }) => {
      this.step.set({ kind: 'recovery', codes: recoveryCodes });
      this.flow.focus('#recovery-heading');
    });
  }
}
