import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import type { CrmCriteria, CrmTargetGroup } from '@guichet/contracts';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { CrmApi } from '../crm-api';
import { ENTITY_KEYS, LEAD_STATUS_KEYS } from '../crm-wording';

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

/** The label of each criterion a group may keep (the company of contacts is named by its id). */
const CRITERION_KEYS: Readonly<Record<Exclude<keyof CrmCriteria, 'companyId'>, TranslationKey>> = {
  q: 'crm.search.q.label',
  name: 'crm.search.name',
  email: 'crm.search.email',
  phone: 'crm.search.phone',
  city: 'crm.search.city',
  postalCode: 'crm.search.postalCode',
  status: 'crm.search.status',
};

/**
 * `/crm/target-groups` (« groupes, listes cibles », seed 002): the firm's saved searches for
 * campaigns, each exported as CSV (the server leaves out every opted-out relation) or deleted.
 */
@Component({
  selector: 'app-target-groups-page',
  imports: [MatAnchor, MatButton, TranslatePipe],
  template: `
    <section class="groups" aria-labelledby="groups-heading" data-testid="crm-target-groups">
      <h2 id="groups-heading">{{ 'crm.targetGroups.heading' | translate }}</h2>
      <p class="groups-intro">{{ 'crm.targetGroups.intro' | translate }}</p>
      <p role="status" data-testid="crm-groups-outcome">
        @if (outcome(); as outcome) {
          {{ outcome.key | translate: outcome.params }}
        }
      </p>
      @switch (state().kind) {
        @case ('loading') {
          <p role="status">{{ 'crm.targetGroups.loading' | translate }}</p>
        }
        @case ('failed') {
          <div role="alert" class="groups-problem">
            <p>
              {{ 'crm.targetGroups.loadFailed' | translate: { reason: (failure() | translate) } }}
            </p>
            <button mat-stroked-button type="button" (click)="load()">
              {{ 'crm.retry' | translate }}
            </button>
          </div>
        }
        @case ('ready') {
          @if (groups().length === 0) {
            <p class="groups-empty" data-testid="crm-groups-empty">
              {{ 'crm.targetGroups.empty' | translate }}
            </p>
          } @else {
            <div class="groups-wrapper">
              <table [attr.aria-label]="'crm.targetGroups.tableLabel' | translate">
                <thead>
                  <tr>
                    <th scope="col">{{ 'crm.targetGroups.column.name' | translate }}</th>
                    <th scope="col">{{ 'crm.targetGroups.column.entity' | translate }}</th>
                    <th scope="col">{{ 'crm.targetGroups.column.criteria' | translate }}</th>
                    <th scope="col">{{ 'crm.targetGroups.column.createdBy' | translate }}</th>
                    <th scope="col">{{ 'crm.targetGroups.column.actions' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (group of groups(); track group.id) {
                    <tr data-testid="crm-group-row">
                      <th scope="row">{{ group.name }}</th>
                      <td>{{ entityKeys[group.entity] | translate }}</td>
                      <td>{{ criteriaText(group.criteria) }}</td>
                      <td>{{ group.createdBy?.name ?? ('crm.none' | translate) }}</td>
                      <td class="groups-actions">
                        <a
                          mat-stroked-button
                          [href]="exportUrl(group)"
                          download
                          [attr.aria-label]="
                            'crm.targetGroups.exportLabel' | translate: { name: group.name }
                          "
                          data-testid="crm-group-export"
                          >{{ 'crm.targetGroups.export' | translate }}</a
                        >
                        <button
                          mat-button
                          type="button"
                          [disabled]="busy() === group.id"
                          [attr.aria-label]="
                            'crm.targetGroups.deleteLabel' | translate: { name: group.name }
                          "
                          (click)="remove(group)"
                          data-testid="crm-group-delete"
                        >
                          {{ 'crm.targetGroups.delete' | translate }}
                        </button>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }

    h2 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }

    .groups-intro {
      color: var(--mat-sys-on-surface-variant);
    }

    .groups-problem p {
      color: var(--mat-sys-error);
    }

    .groups-empty {
      padding: 2rem;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: 8px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }

    .groups-wrapper {
      overflow-x: auto;
    }

    table {
      width: 100%;
      border-collapse: collapse;
    }

    th,
    td {
      padding: 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }

    .groups-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetGroupsPage {
  private readonly api = inject(CrmApi);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly entityKeys = ENTITY_KEYS;
  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly groups = signal<readonly CrmTargetGroup[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly outcome = signal<Message | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .targetGroups()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (groups) => {
          this.groups.set(groups);
          this.state.set({ kind: 'ready' });
        },
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected failure(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  protected exportUrl(group: CrmTargetGroup): string {
    return this.api.targetGroupExportUrl(group.id);
  }

  /** "Ville : Lyon · Nom : Dupont", or "Toutes les fiches". */
  protected criteriaText(criteria: CrmCriteria): string {
    const t = (key: TranslationKey) => this.translator.t(key);
    const parts = Object.entries(CRITERION_KEYS).flatMap(([name, label]) => {
      const value = criteria[name as keyof typeof CRITERION_KEYS];
      if (!value) return [];
      const shown =
        name === 'status' ? t(LEAD_STATUS_KEYS[value as keyof typeof LEAD_STATUS_KEYS]) : value;
      return [this.translator.t('crm.targetGroups.criterion', { label: t(label), value: shown })];
    });
    return parts.length > 0 ? parts.join(' · ') : t('crm.targetGroups.noCriteria');
  }

  protected remove(group: CrmTargetGroup): void {
    this.busy.set(group.id);
    this.outcome.set(null);
    this.api
      .deleteTargetGroup(group.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(null);
          this.groups.update((groups) => groups.filter((g) => g.id !== group.id));
          this.outcome.set({ key: 'crm.targetGroups.deleted', params: { name: group.name } });
        },
        error: (error: unknown) => {
          this.busy.set(null);
          this.outcome.set({ key: errorMessageKey(error) });
        },
      });
  }
}
