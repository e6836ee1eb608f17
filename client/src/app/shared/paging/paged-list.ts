import { type DestroyRef, computed, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Observable, Subject, catchError, map, of, switchMap } from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import type { TranslationKey } from '../../core/i18n';

/**
 * A page of a list: its items, where the next page starts (a cursor, a page number; null at the
 * end) and, when the API counts them, how many items the whole list has.
 */
export interface ListPage<T, C> {
  readonly items: readonly T[];
  readonly next: C | null;
  readonly total?: number;
}

/** Where a list stands: its first page on the way, a further page on the way, shown, or failed. */
export type PagedListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loadingMore' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

interface PageRequest<Q, C> {
  readonly query: Q;
  readonly cursor: C | null;
}

type PageAnswer<Q, T, C> =
  | { readonly request: PageRequest<Q, C>; readonly page: ListPage<T, C> }
  | { readonly request: PageRequest<Q, C>; readonly error: unknown };

/**
 * A searched list read a page at a time ("Afficher plus"), as the admin tables read theirs: a new
 * search drops the answer of the one before, whichever arrives last; a failed further page keeps
 * what is shown and says why; a failed first page shows nothing. Create it in an injection
 * context (a component's field): it stops listening when the component goes.
 */
export class PagedList<Q, T, C = string> {
  private readonly current = signal<PagedListState>({ kind: 'loading' });
  private readonly shown = signal<readonly T[]>([]);
  private readonly cursor = signal<C | null>(null);
  private readonly count = signal<number | null>(null);
  private readonly moreFailure = signal<TranslationKey | null>(null);
  private readonly pages = new Subject<PageRequest<Q, C>>();
  private query: Q | null = null;

  readonly state = this.current.asReadonly();
  readonly items = this.shown.asReadonly();
  /** Whether a further page is there to load. */
  readonly hasMore = computed(() => this.cursor() !== null);
  /** How many items the whole list has, when the API says; null otherwise. */
  readonly total = this.count.asReadonly();
  /** Why the last further page failed; null when it did not. */
  readonly moreProblem = this.moreFailure.asReadonly();
  /** The reason of a failed first page, or null. */
  readonly failure = computed(() => {
    const state = this.current();
    return state.kind === 'failed' ? state.reason : null;
  });

  constructor(
    private readonly fetch: (query: Q, cursor: C | null) => Observable<ListPage<T, C>>,
    destroyRef?: DestroyRef,
  ) {
    this.pages
      .pipe(
        switchMap((request) => this.answer(request)),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((answer) => {
        this.show(answer);
      });
  }

  /** Shows the first page of this query instead of what is shown. */
  search(query: Q): void {
    this.query = query;
    this.moreFailure.set(null);
    this.current.set({ kind: 'loading' });
    this.pages.next({ query, cursor: null });
  }

  /** Asks the same query again (after a failure, or after a change made elsewhere). */
  retry(): void {
    if (this.query !== null) this.search(this.query);
  }

  /** Adds the next page under what is shown. */
  loadMore(): void {
    const cursor = this.cursor();
    if (cursor === null || this.query === null || this.current().kind !== 'ready') return;
    this.moreFailure.set(null);
    this.current.set({ kind: 'loadingMore' });
    this.pages.next({ query: this.query, cursor });
  }

  /** Puts a changed item in place of the shown ones it matches. */
  replace(changed: (item: T) => T): void {
    this.shown.update((items) => items.map(changed));
  }

  private answer(request: PageRequest<Q, C>): Observable<PageAnswer<Q, T, C>> {
    return this.fetch(request.query, request.cursor).pipe(
      map((page) => ({ request, page })),
      catchError((error: unknown) => of({ request, error })),
    );
  }

  private show(answer: PageAnswer<Q, T, C>): void {
    const further = answer.request.cursor !== null;
    if ('error' in answer) {
      if (further) {
        this.current.set({ kind: 'ready' });
        this.moreFailure.set(errorMessageKey(answer.error));
      } else {
        this.shown.set([]);
        this.cursor.set(null);
        this.count.set(null);
        this.current.set({ kind: 'failed', reason: errorMessageKey(answer.error) });
      }
      return;
    }
    const { items, next, total } = answer.page;
    this.shown.update((shown) => (further ? [...shown, ...items] : items));
    this.cursor.set(next);
    this.count.set(total ?? null);
    this.current.set({ kind: 'ready' });
  }
}
