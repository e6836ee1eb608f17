import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ParcelOverview, ParcelState } from '@guichet/contracts';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { formatBytes } from '../../parcels/parcel-format';
import { ParcelsOverviewApi } from './parcels-overview-api';

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey }
  | { readonly kind: 'ready'; readonly overview: ParcelOverview };

const COUNTS: readonly { readonly state: ParcelState; readonly label: TranslationKey }[] = [
  { state: 'sent', label: 'admin.parcelsOverview.count.sent' },
  { state: 'draft', label: 'admin.parcelsOverview.count.draft' },
  { state: 'withdrawn', label: 'admin.parcelsOverview.count.withdrawn' },
  { state: 'expired', label: 'admin.parcelsOverview.count.expired' },
];

/**
 * `/admin/parcels` « Dossiers sécurisés » for admins: how many parcels in each state, how much is
 * stored, and the clients without an account manager (their parcels cannot be sent), each with a
 * link to assign one.
 */
@Component({
  selector: 'app-parcels-overview-page',
  imports: [MatAnchor, MatButton, RouterLink, TranslatePipe],
  template: `
    <section aria-labelledby="overview-heading" data-testid="parcels-overview-page">
      <h2 id="overview-heading">{{ 'admin.parcelsOverview.heading' | translate }}</h2>
      @switch (state().kind) {
        @case ('loading') {
          <p role="status">{{ 'admin.parcelsOverview.loading' | translate }}</p>
        }
        @case ('failed') {
          <div role="alert" data-testid="parcels-overview-load-error">
            <p>
              {{
                'admin.parcelsOverview.loadFailed'
                  | translate: { reason: (failureReason() | translate) }
              }}
            </p>
            <button mat-stroked-button type="button" (click)="load()">
              {{ 'admin.retry' | translate }}
            </button>
          </div>
        }
      }
      @if (overview(); as overview) {
        <dl class="figures">
          @for (count of counts; track count.state) {
            <div class="figure" [attr.data-testid]="'parcels-overview-' + count.state">
              <dt>{{ count.label | translate }}</dt>
              <dd>{{ overview.counts[count.state] }}</dd>
            </div>
          }
          <div class="figure" data-testid="parcels-overview-stored">
            <dt>{{ 'admin.parcelsOverview.stored' | translate }}</dt>
            <dd>{{ storedSize() }}</dd>
          </div>
        </dl>

        <h3>{{ 'admin.parcelsOverview.withoutManager' | translate }}</h3>
        @if (overview.clientsWithoutManager.length === 0) {
          <p class="hint" data-testid="parcels-overview-all-assigned">
            {{ 'admin.parcelsOverview.allAssigned' | translate }}
          </p>
        } @else {
          <p class="hint">{{ 'admin.parcelsOverview.withoutManager.intro' | translate }}</p>
          <ul class="clients">
            @for (client of overview.clientsWithoutManager; track client.id) {
              <li data-testid="parcels-overview-client">
                <span>{{ client.name }}</span>
                <a
                  mat-button
                  routerLink="/admin/account-managers"
                  [queryParams]="{ search: client.name }"
                  [attr.aria-label]="
                    'admin.parcelsOverview.assignLabel' | translate: { name: client.name }
                  "
                  data-testid="parcels-overview-assign"
                  >{{ 'admin.parcelsOverview.assign' | translate }}</a
                >
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 1rem;
      font: var(--mat-sys-title-large);
    }

    h3 {
      margin: 1.5rem 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }

    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      margin: 0;
    }

    .figure {
      min-width: 9rem;
      padding: 1rem;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }

    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }

    dd {
      margin: 0.25rem 0 0;
      font: var(--mat-sys-headline-small);
    }

    .hint {
      color: var(--mat-sys-on-surface-variant);
    }

    .clients {
      margin: 0;
      padding: 0;
      list-style: none;

      li {
        display: flex;
        gap: 1rem;
        align-items: center;
        justify-content: space-between;
        max-width: 32rem;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParcelsOverviewPage {
  private readonly api = inject(ParcelsOverviewApi);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly counts = COUNTS;
  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly overview = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.overview : null;
  });
  protected readonly failureReason = computed<TranslationKey>(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  });
  protected readonly storedSize = computed(() =>
    formatBytes(this.overview()?.storedBytes ?? 0, this.translator.language()),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .get()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (overview) => this.state.set({ kind: 'ready', overview }),
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }
}
