import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  IdentityErrorCode,
  type IdentityReview,
  type IdentityReviewState,
} from '@guichet/contracts';
import { type Observable, finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { IdentityReviewCard } from './identity-review-card';
import { IdentityReviewsApi } from './identity-reviews-api';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

/** What an admin is about to decide, waiting for their confirmation. */
export type Decision = 'approve' | 'reject';

const STATES: readonly IdentityReviewState[] = ['pending', 'approved', 'rejected'];

const FILTER_KEYS: Readonly<Record<IdentityReviewState, TranslationKey>> = {
  pending: 'admin.identityReviews.filter.pending',
  approved: 'admin.identityReviews.filter.approved',
  rejected: 'admin.identityReviews.filter.rejected',
};

/**
 * `/admin/identity-reviews`: the first connections that could not be verified automatically
 * (IDV-3b). Pending ones first; each shows what the firm has on file next to what the person
 * typed, with approve (the link goes to the address given) and reject, each confirmed first.
 */
@Component({
  selector: 'app-identity-reviews-page',
  imports: [
    FormsModule,
    MatButton,
    MatRadioGroup,
    MatRadioButton,
    TranslatePipe,
    IdentityReviewCard,
  ],
  template: `
    <section class="reviews" aria-labelledby="reviews-heading" data-testid="identity-reviews-page">
      <h2 id="reviews-heading">{{ 'admin.identityReviews.heading' | translate }}</h2>
      <p class="reviews-intro">{{ 'admin.identityReviews.intro' | translate }}</p>

      <p id="reviews-filter-label" class="reviews-filter-label">
        {{ 'admin.identityReviews.filter.label' | translate }}
      </p>
      <mat-radio-group
        class="reviews-filter"
        aria-labelledby="reviews-filter-label"
        [ngModel]="filter()"
        (ngModelChange)="show($event)"
        data-testid="reviews-filter"
      >
        @for (state of states; track state) {
          <mat-radio-button [value]="state" [attr.data-testid]="'reviews-filter-' + state">
            {{ filterKey(state) | translate }}
          </mat-radio-button>
        }
      </mat-radio-group>

      <p class="reviews-outcome" role="status" data-testid="reviews-outcome">
        @if (outcome(); as outcome) {
          {{ outcome.key | translate: outcome.params }}
        }
      </p>

      @switch (list().kind) {
        @case ('loading') {
          @if (reviews().length === 0) {
            <p role="status">{{ 'admin.identityReviews.loading' | translate }}</p>
          }
        }
        @case ('failed') {
          <p class="reviews-problem" role="alert" data-testid="reviews-load-error">
            {{
              'admin.identityReviews.loadFailed' | translate: { reason: (failure() | translate) }
            }}
          </p>
        }
      }
      @if (list().kind !== 'failed') {
        @if (reviews().length === 0 && list().kind === 'ready') {
          <p class="reviews-empty" data-testid="reviews-empty">
            {{ 'admin.identityReviews.empty' | translate }}
          </p>
        }
        <ul class="reviews-list" [attr.aria-label]="'admin.identityReviews.listLabel' | translate">
          @for (review of reviews(); track review.id) {
            <li>
              <app-identity-review-card
                [review]="review"
                [busy]="deciding().has(review.id)"
                (decide)="decide(review, $event)"
              />
            </li>
          }
        </ul>
        @if (nextCursor()) {
          <button
            mat-stroked-button
            type="button"
            (click)="loadMore()"
            [disabled]="list().kind === 'loading'"
            data-testid="reviews-load-more"
          >
            {{ 'admin.identityReviews.loadMore' | translate }}
          </button>
        }
      }
    </section>
  `,
  styleUrl: './identity-reviews-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityReviewsPage {
  private readonly api = inject(IdentityReviewsApi);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly states = STATES;
  protected readonly filter = signal<IdentityReviewState>('pending');
  protected readonly list = signal<ListState>({ kind: 'loading' });
  protected readonly reviews = signal<readonly IdentityReview[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly deciding = signal<ReadonlySet<string>>(new Set());
  protected readonly outcome = signal<Message | null>(null);
  protected readonly failure = computed<TranslationKey>(() => {
    const list = this.list();
    return list.kind === 'failed' ? list.reason : 'errors.unknown';
  });

  /** Each load replaces the previous one, so a quick change of filter never mixes lists. */
  private loading?: { unsubscribe(): void };

  constructor() {
    this.load(null);
  }

  protected filterKey(state: IdentityReviewState): TranslationKey {
    return FILTER_KEYS[state];
  }

  protected show(state: IdentityReviewState): void {
    this.filter.set(state);
    this.outcome.set(null);
    this.reviews.set([]);
    this.nextCursor.set(null);
    this.load(null);
  }

  protected loadMore(): void {
    this.load(this.nextCursor());
  }

  protected decide(review: IdentityReview, decision: Decision): void {
    if (this.deciding().has(review.id)) return;
    this.deciding.update((ids) => new Set(ids).add(review.id));
    this.outcome.set(null);
    const request: Observable<IdentityReview | null> =
      decision === 'approve' ? this.api.approve(review.id) : this.api.reject(review.id);
    request
      .pipe(
        finalize(() =>
          this.deciding.update((ids) => new Set([...ids].filter((id) => id !== review.id))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          const state: IdentityReviewState = decision === 'approve' ? 'approved' : 'rejected';
          // Kept in the list with its new state, so the admin sees what they just did.
          this.replace(updated ?? { ...review, state, decidedAt: new Date().toISOString() });
          this.outcome.set(
            decision === 'approve'
              ? { key: 'admin.identityReviews.approved', params: { email: review.emailGiven } }
              : { key: 'admin.identityReviews.rejected', params: { name: this.nameOf(review) } },
          );
        },
        error: (error: unknown) => {
          const code = errorBodyOf(error)?.code;
          if (code === IdentityErrorCode.ReviewNotFound) {
            this.reviews.update((all) => all.filter(({ id }) => id !== review.id));
          }
          // Decided meanwhile by another admin: show the list as it now stands.
          if (code === IdentityErrorCode.ReviewDecided) this.show(this.filter());
          this.outcome.set({ key: errorMessageKey(error) });
        },
      });
  }

  private nameOf(review: IdentityReview): string {
    const { civility, firstName, lastName } = review.account;
    if (!civility) return [firstName, lastName].filter(Boolean).join(' ');
    return this.translator.t('person.formal', {
      civility: this.translator.t(`person.civility.${civility}`),
      lastName,
    });
  }

  private replace(updated: IdentityReview): void {
    this.reviews.update((all) => all.map((one) => (one.id === updated.id ? updated : one)));
  }

  private load(cursor: string | null): void {
    this.loading?.unsubscribe();
    this.list.set({ kind: 'loading' });
    this.loading = this.api
      .list(this.filter(), cursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.reviews.update((shown) => (cursor ? [...shown, ...page.items] : page.items));
          this.nextCursor.set(page.nextCursor);
          this.list.set({ kind: 'ready' });
        },
        error: (error: unknown) => {
          this.list.set({ kind: 'failed', reason: errorMessageKey(error) });
        },
      });
  }
}
