import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n';
import { ProblemBox } from '../../shared/problem-box/problem-box';
import { IdentityApi } from '../identity-api';
import { IdentityFlowStore } from '../identity-flow/identity-flow-store';
import { StepNavigator } from '../identity-flow/step-navigator';
import { StepHeading } from '../wizard/step-heading';
import { StepRunner } from './step-runner';

/**
 * IDV-2b, IDV-3a: the address on file, masked, to confirm; or "Formulaire de saisie" when the
 * user no longer has access to it, which leads to the contact step and its mobile check.
 */
@Component({
  selector: 'app-confirm-email-step',
  imports: [MatButton, TranslatePipe, StepHeading, ProblemBox],
  providers: [StepNavigator, StepRunner],
  template: `
    <h2 appStepHeading>{{ 'identity.confirmEmail.heading' | translate }}</h2>
    <p class="step-text">{{ 'identity.confirmEmail.intro' | translate }}</p>
    <p class="step-text" id="confirm-email-question">
      {{ 'identity.confirmEmail.question' | translate }}
    </p>
    <p class="step-value" aria-describedby="confirm-email-question" data-testid="masked-email">
      {{ email() }}
    </p>
    <div class="step-more">
      <p class="step-text" id="confirm-email-lost">
        {{ 'identity.confirmEmail.lostAccess' | translate }}
      </p>
      <button
        class="link-button"
        type="button"
        (click)="replace()"
        [disabled]="runner.pending()"
        aria-describedby="confirm-email-lost"
        data-testid="replace-email"
      >
        {{ 'identity.confirmEmail.replace' | translate }}
      </button>
    </div>
    <app-problem-box [message]="runner.problem()" testId="step-problem" />
    <div class="step-actions">
      <button mat-button type="button" (click)="cancel()" data-testid="step-cancel">
        {{ 'wizard.cancel' | translate }}
      </button>
      <button
        mat-flat-button
        type="button"
        (click)="confirm()"
        [disabled]="runner.pending()"
        data-testid="step-submit"
      >
        {{ 'wizard.confirm' | translate }}
      </button>
    </div>
  `,
  styleUrl: './identity-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmEmailStep {
  private readonly api = inject(IdentityApi);
  private readonly navigator = inject(StepNavigator);
  private readonly problemBox = viewChild.required(ProblemBox);
  protected readonly runner = inject(StepRunner);
  private readonly store = inject(IdentityFlowStore);
  protected readonly email = computed(() => this.store.state()?.email ?? '');

  protected async confirm(): Promise<void> {
    if (await this.runner.run(this.api.confirmEmail())) this.problemBox().focus();
  }

  protected async replace(): Promise<void> {
    if (await this.runner.run(this.api.replaceEmail())) this.problemBox().focus();
  }

  protected cancel(): void {
    void this.navigator.cancel();
  }
}
