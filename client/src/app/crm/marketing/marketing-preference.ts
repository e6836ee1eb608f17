import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatCheckbox, type MatCheckboxChange } from '@angular/material/checkbox';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, Translator } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { CrmPreferencesStore } from './crm-preferences-store';

/**
 * The user's own default of the search screens' "Exclure des traitements à des fins marketing"
 * (seed 002), on those screens and in the profile; saved as soon as it is ticked or unticked.
 */
@Component({
  selector: 'app-marketing-preference',
  imports: [MatCheckbox, TranslatePipe],
  template: `
    <div class="marketing-preference">
      <mat-checkbox
        [checked]="store.excludeMarketingOptOut() === true"
        [disabled]="store.excludeMarketingOptOut() === null || saving()"
        (change)="save($event)"
        data-testid="crm-preference"
        >{{ 'crm.preference.label' | translate }}</mat-checkbox
      >
      <p class="marketing-preference-hint">{{ 'crm.preference.hint' | translate }}</p>
      <p role="status" class="marketing-preference-outcome" data-testid="crm-preference-outcome">
        @if (outcome(); as outcome) {
          {{ outcome.key | translate: outcome.params }}
        }
      </p>
    </div>
  `,
  styles: `
    .marketing-preference-hint,
    .marketing-preference-outcome {
      margin: 0 0 0 2.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketingPreference {
  protected readonly store = inject(CrmPreferencesStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly translator = inject(Translator);
  protected readonly saving = signal(false);
  protected readonly outcome = signal<Message | null>(null);

  constructor() {
    void this.store.load();
  }

  protected save(change: MatCheckboxChange): void {
    this.saving.set(true);
    this.outcome.set(null);
    this.store
      .save(change.checked)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (value) => {
          this.saving.set(false);
          this.outcome.set({ key: value ? 'crm.preference.saved.on' : 'crm.preference.saved.off' });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          // The box goes back to what the server still holds.
          change.source.checked = this.store.excludeMarketingOptOut() === true;
          this.outcome.set({
            key: 'crm.preference.failed',
            params: { reason: this.translator.t(errorMessageKey(error)) },
          });
        },
      });
  }
}
