import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe, type TranslationKey } from '../core/i18n';

/** A flow's alert: always in the page, so that screen readers announce what arrives in it. */
@Component({
  selector: 'app-flow-problem',
  imports: [TranslatePipe],
  template: `
    <div class="flow-problem" role="alert" tabindex="-1" data-testid="flow-problem">
      @if (problem(); as problem) {
        <p>{{ problem | translate }}</p>
      }
    </div>
  `,
  styles: `
    .flow-problem p {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      border-radius: 4px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FlowProblem {
  readonly problem = input<TranslationKey | null>(null);
}
