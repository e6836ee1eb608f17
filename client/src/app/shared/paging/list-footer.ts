import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n';
import type { Message } from '../problem-box/problem-box';
import type { PagedListState } from './paged-list';

/**
 * Under a list read a page at a time: how many rows are shown (of how many, when known), always
 * in a status region so that screen readers hear the new count, and "Afficher plus" while there
 * is more.
 */
@Component({
  selector: 'app-list-footer',
  imports: [MatButton, TranslatePipe],
  template: `
    <div class="list-footer">
      <p role="status" [attr.data-testid]="testId() + '-count'">
        @if (count(); as count) {
          {{ count.key | translate: count.params }}
        }
      </p>
      @if (hasMore() && (state().kind === 'ready' || state().kind === 'loadingMore')) {
        <button
          mat-stroked-button
          type="button"
          [disabled]="state().kind === 'loadingMore'"
          disabledInteractive
          (click)="loadMore.emit()"
          [attr.data-testid]="testId() + '-load-more'"
        >
          {{ 'list.loadMore' | translate }}
        </button>
      }
    </div>
  `,
  styles: `
    .list-footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      margin-top: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListFooter {
  readonly state = input.required<PagedListState>();
  /** Rows shown. */
  readonly shown = input.required<number>();
  /** Rows of the whole list, when the API counts them. */
  readonly total = input<number | null>(null);
  readonly hasMore = input(false);
  readonly testId = input('list');
  readonly loadMore = output();

  protected readonly count = computed((): Message | null => {
    const shown = this.shown();
    const total = this.total();
    if (this.state().kind !== 'ready' || shown === 0) return null;
    if (total !== null && total > shown) {
      return { key: 'list.countOf', params: { count: shown, total } };
    }
    return { key: shown === 1 ? 'list.count.one' : 'list.count.other', params: { count: shown } };
  });
}
