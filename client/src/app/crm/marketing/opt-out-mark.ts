import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MarketingOptOut } from '@guichet/contracts';
import { TranslatePipe } from '../../core/i18n';
import { OPT_OUT_SOURCE_KEYS } from './opt-out-wording';

/**
 * The mark of a row whose relation opted out of marketing, with where it came from ("Exclu du
 * marketing (par sa société)"); nothing for the others. Told in words, colour only adds to them.
 */
@Component({
  selector: 'app-opt-out-mark',
  imports: [TranslatePipe],
  template: `
    @if (optOut(); as optOut) {
      <span class="opt-out-mark" data-testid="crm-opt-out-mark">{{
        'crm.optOut.markFrom' | translate: { source: (sourceKeys[optOut.source] | translate) }
      }}</span>
    }
  `,
  styles: `
    .opt-out-mark {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OptOutMark {
  readonly optOut = input<MarketingOptOut | null>(null);
  protected readonly sourceKeys = OPT_OUT_SOURCE_KEYS;
}
