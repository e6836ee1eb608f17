import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n';
import { StepNavigator } from '../identity-flow/step-navigator';
import { StepHeading } from '../wizard/step-heading';

/**
 * The end when the identity could not be checked automatically, and for an unknown access code
 * too (IDV-3c): the same neutral words either way, "if your details match our records…".
 */
@Component({
  selector: 'app-under-review-step',
  imports: [MatButton, TranslatePipe, StepHeading],
  providers: [StepNavigator],
  template: `
    <h2 appStepHeading>{{ 'identity.underReview.heading' | translate }}</h2>
    <p class="step-text" data-testid="under-review-message">
      {{ 'identity.underReview.message' | translate }}
    </p>
    <p class="step-note">{{ 'identity.underReview.hint' | translate }}</p>
    <div class="step-actions step-actions-end">
      <button
        mat-flat-button
        type="button"
        (click)="close()"
        [disabled]="closing()"
        data-testid="step-close"
      >
        {{ 'wizard.close' | translate }}
      </button>
    </div>
  `,
  styleUrl: './identity-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnderReviewStep {
  private readonly navigator = inject(StepNavigator);
  protected readonly closing = signal(false);

  protected close(): void {
    this.closing.set(true);
    void this.navigator.close();
  }
}
