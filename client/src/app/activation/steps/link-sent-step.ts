import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n';
import { IdentityFlowStore } from '../identity-flow/identity-flow-store';
import { StepNavigator } from '../identity-flow/step-navigator';
import { StepHeading } from '../wizard/step-heading';

/**
 * The end (seed 000): "Un mail contenant le lien pour changer votre mot de passe vient d'être
 * envoyé à l'adresse …". Close leads to the sign-in page, or signs a migrating user out: they
 * will sign in with the password they set through the link.
 */
@Component({
  selector: 'app-link-sent-step',
  imports: [MatButton, TranslatePipe, StepHeading],
  providers: [StepNavigator],
  template: `
    <h2 appStepHeading>{{ 'identity.linkSent.heading' | translate }}</h2>
    <p class="step-text" data-testid="link-sent-message">
      {{ 'identity.linkSent.message' | translate: { email: email() } }}
    </p>
    <p class="step-note">{{ 'identity.linkSent.hint' | translate }}</p>
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
export class LinkSentStep {
  private readonly store = inject(IdentityFlowStore);
  private readonly navigator = inject(StepNavigator);
  protected readonly email = computed(() => this.store.state()?.email ?? '');
  protected readonly closing = signal(false);

  protected close(): void {
    this.closing.set(true);
    void this.navigator.close();
  }
}
