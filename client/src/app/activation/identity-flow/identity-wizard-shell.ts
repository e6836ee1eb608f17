import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from '../../core/i18n';
import { WizardProgress } from '../wizard/wizard-progress';
import { IdentityFlowStore } from './identity-flow-store';
import { isFinalStep } from './identity-wizard';

/**
 * The frame of an identity wizard (STYLE.md rule 10): its title, the GDPR reason of a migration,
 * why the user is back at the start if they are, the progress header, and the current step.
 */
@Component({
  selector: 'app-identity-wizard-shell',
  imports: [RouterOutlet, TranslatePipe, WizardProgress],
  template: `
    <section class="wizard" aria-labelledby="wizard-heading" data-testid="identity-wizard">
      <h1 id="wizard-heading">{{ config.heading | translate }}</h1>
      @if (config.intro && !finished()) {
        <p class="wizard-intro" data-testid="wizard-intro">{{ config.intro | translate }}</p>
      }
      @if (store.notice(); as notice) {
        <p class="wizard-notice" role="alert" data-testid="wizard-notice">
          {{ notice.key | translate: notice.params }}
        </p>
      }
      <app-wizard-progress [stages]="stages" [current]="store.stage()" />
      <router-outlet />
    </section>
  `,
  styleUrl: './identity-wizard-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityWizardShell {
  protected readonly store = inject(IdentityFlowStore);
  protected readonly config = this.store.config;
  protected readonly stages = this.config.stages.map(({ label }) => label);
  protected readonly finished = computed(() => isFinalStep(this.store.step()));

  constructor() {
    // The store outlives this view (it belongs to the route): the next visit asks the server.
    inject(DestroyRef).onDestroy(() => this.store.forget());
  }
}
