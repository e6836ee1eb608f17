import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe } from '../../core/i18n';
import { StepHeading } from '../wizard/step-heading';
import { IdentityFlowStore } from './identity-flow-store';
import { StepNavigator } from './step-navigator';

/** The wizard's bare address when its flow could be neither resumed nor started. */
@Component({
  selector: 'app-flow-unavailable',
  imports: [MatButton, TranslatePipe, StepHeading],
  providers: [StepNavigator],
  template: `
    <h2 appStepHeading>{{ 'identity.unavailable.heading' | translate }}</h2>
    <p role="alert" data-testid="flow-unavailable">
      {{ store.problem() ?? 'errors.unknown' | translate }}
    </p>
    <div class="step-actions">
      <button mat-button type="button" (click)="cancel()" data-testid="step-cancel">
        {{ 'wizard.cancel' | translate }}
      </button>
      <button mat-flat-button type="button" (click)="retry()" data-testid="flow-retry">
        {{ 'identity.unavailable.retry' | translate }}
      </button>
    </div>
  `,
  styleUrl: '../steps/identity-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FlowUnavailable {
  protected readonly store = inject(IdentityFlowStore);
  private readonly navigator = inject(StepNavigator);
  private readonly router = inject(Router);

  protected retry(): void {
    this.store.retry();
    // Same address: the guard runs again only when the router is told to reload.
    void this.router.navigateByUrl(this.router.url, { onSameUrlNavigation: 'reload' });
  }

  protected cancel(): void {
    void this.navigator.cancel();
  }
}
