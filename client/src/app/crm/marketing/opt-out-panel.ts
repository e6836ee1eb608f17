import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatCheckbox, type MatCheckboxChange } from '@angular/material/checkbox';
import type { CrmOwnerKind, MarketingOptOut } from '@guichet/contracts';
import { errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { CrmApi } from '../crm-api';
import { OPT_OUT_PROVENANCE_KEYS } from './opt-out-wording';

/** What the record page says once the option changed. */
const DONE_KEYS: Readonly<Record<'company' | 'other', Record<'on' | 'off', TranslationKey>>> = {
  company: { on: 'crm.optOut.done.companyOn', off: 'crm.optOut.done.companyOff' },
  other: { on: 'crm.optOut.done.on', off: 'crm.optOut.done.off' },
};

/**
 * « Droits d'opposition au traitement » on a record page (GDPR-1, seed 002): the "Exclure des
 * traitements à des fins marketing" option, where a set one came from (the person, the company,
 * an import, the ERP; when; by whom), and on a company how it cascades to the contacts.
 */
@Component({
  selector: 'app-opt-out-panel',
  imports: [MatCheckbox, TranslatePipe, LocalizedDatePipe],
  template: `
    <section class="opt-out" aria-labelledby="opt-out-heading" data-testid="crm-opt-out">
      <h2 id="opt-out-heading">{{ 'crm.optOut.heading' | translate }}</h2>
      <p class="opt-out-intro">{{ 'crm.optOut.intro' | translate }}</p>
      <mat-checkbox
        [checked]="optOut() !== null"
        [disabled]="saving()"
        (change)="toggle($event)"
        data-testid="crm-opt-out-toggle"
        >{{ 'crm.optOut.label' | translate }}</mat-checkbox
      >
      <div class="opt-out-state" data-testid="crm-opt-out-provenance">
        @if (optOut(); as optOut) {
          <p>
            {{ 'crm.optOut.since' | translate: { date: (optOut.at | localizedDate: 'short') } }}
            {{ provenanceKeys[optOut.source] | translate }}
            @if (optOut.by; as by) {
              {{ 'crm.optOut.by' | translate: { name: by.name } }}
            }
          </p>
        } @else {
          <p>{{ 'crm.optOut.off' | translate }}</p>
        }
      </div>
      @if (kind() === 'company') {
        <p class="opt-out-note" data-testid="crm-opt-out-cascade">
          {{ 'crm.optOut.cascade' | translate }}
        </p>
      }
      @if (erpReference(); as reference) {
        <p class="opt-out-note" data-testid="crm-opt-out-erp">
          {{ 'crm.optOut.erpSync' | translate: { reference } }}
        </p>
      }
      <p role="status" data-testid="crm-opt-out-outcome">
        @if (saving()) {
          {{ 'crm.optOut.saving' | translate }}
        } @else if (outcome(); as outcome) {
          {{ outcome.key | translate: outcome.params }}
        }
      </p>
    </section>
  `,
  styles: `
    .opt-out {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }

    h2 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-large);
    }

    .opt-out-intro,
    .opt-out-note {
      color: var(--mat-sys-on-surface-variant);
    }

    .opt-out-state p {
      margin: 0.5rem 0;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OptOutPanel {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  readonly optOut = input.required<MarketingOptOut | null>();
  /** The ERP third party the company is linked to, which syncs the option both ways. */
  readonly erpReference = input<string | null>(null);
  /** The option as the server now holds it (a company's contacts changed too). */
  readonly changed = output<MarketingOptOut | null>();

  private readonly api = inject(CrmApi);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly provenanceKeys = OPT_OUT_PROVENANCE_KEYS;
  protected readonly saving = signal(false);
  protected readonly outcome = signal<Message | null>(null);

  protected toggle(change: MatCheckboxChange): void {
    const optedOut = change.checked;
    this.saving.set(true);
    this.outcome.set(null);
    this.api
      .setMarketingOptOut(this.kind(), this.recordId(), optedOut)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (optOut) => {
          this.saving.set(false);
          const done = DONE_KEYS[this.kind() === 'company' ? 'company' : 'other'];
          this.outcome.set({ key: optOut ? done.on : done.off });
          this.changed.emit(optOut);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          change.source.checked = this.optOut() !== null;
          this.outcome.set({
            key: 'crm.optOut.failed',
            params: { reason: this.translator.t(errorMessageKey(error)) },
          });
        },
      });
  }
}
