import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute } from '@angular/router';
import {
  type AdminAccountPage,
  type AdminAccountSummary,
  type PersonRef,
  Role,
} from '@guichet/contracts';
import {
  type Observable,
  Subject,
  catchError,
  debounceTime,
  distinctUntilChanged,
  finalize,
  forkJoin,
  map,
  of,
  switchMap,
} from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, type TranslationParams } from '../../core/i18n';
import { fullName } from '../../core/session/person-name';
import { AccountManagersApi } from './account-managers-api';

/** Typing pauses this long before the search goes to the server. */
export const CLIENT_SEARCH_DEBOUNCE_MS = 300;

interface Message {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

/** Why something failed, and for which client when it was an assignment. */
interface Problem {
  readonly reason: TranslationKey;
  readonly client?: string;
}

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loadingMore' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

interface PageRequest {
  readonly search: string;
  readonly cursor: string | null;
}

type PageAnswer =
  | { readonly request: PageRequest; readonly page: AdminAccountPage }
  | { readonly request: PageRequest; readonly error: unknown };

/**
 * `/admin/account-managers` « Chargés de compte » (PARCEL-1): each client of the firm with the
 * staff member who receives their parcels, changed with a select (saved at once). `?search=`
 * opens it on one client (the overview links here).
 */
@Component({
  selector: 'app-account-managers-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslatePipe,
  ],
  templateUrl: './account-managers-page.html',
  styleUrl: './account-managers-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountManagersPage {
  private readonly api = inject(AccountManagersApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly search = new FormControl(
    inject(ActivatedRoute).snapshot.queryParamMap.get('search') ?? '',
    { nonNullable: true },
  );
  protected readonly filters = new FormGroup({ search: this.search });
  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly clients = signal<readonly AdminAccountSummary[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  /** Staff and admins who may receive parcels; null until known. */
  protected readonly managers = signal<readonly PersonRef[] | null>(null);
  protected readonly managersFailed = signal(false);
  protected readonly saving = signal<ReadonlySet<string>>(new Set());
  protected readonly outcome = signal<Message | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly failureReason = computed<TranslationKey>(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  });

  private readonly pages = new Subject<PageRequest>();
  private shownSearch = '';

  constructor() {
    this.pages
      .pipe(
        switchMap((request) => this.fetch(request)),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => this.show(answer));
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(CLIENT_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((search) => this.load(search));
    this.loadManagers();
    this.load(this.search.value.trim());
  }

  protected name(account: AdminAccountSummary): string {
    return fullName(account);
  }

  protected searchNow(): void {
    this.load(this.search.value.trim());
  }

  protected retry(): void {
    this.loadManagers();
    this.load(this.shownSearch);
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.state().kind !== 'ready') return;
    this.state.set({ kind: 'loadingMore' });
    this.pages.next({ search: this.shownSearch, cursor });
  }

  /** The select changed: saved at once, and said so. */
  protected assign(client: AdminAccountSummary, select: HTMLSelectElement): void {
    const managerId = select.value || null;
    if (managerId === (client.accountManager?.id ?? null) || this.saving().has(client.id)) return;
    const name = fullName(client);
    this.saving.update((ids) => new Set(ids).add(client.id));
    this.outcome.set(null);
    this.problem.set(null);
    this.api
      .assign(client.id, managerId)
      .pipe(
        finalize(() =>
          this.saving.update((ids) => new Set([...ids].filter((id) => id !== client.id))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.clients.update((all) => all.map((c) => (c.id === updated.id ? updated : c)));
          this.outcome.set(
            updated.accountManager
              ? {
                  key: 'admin.accountManagers.assigned',
                  params: { client: name, manager: updated.accountManager.name },
                }
              : { key: 'admin.accountManagers.unassigned', params: { client: name } },
          );
        },
        error: (error: unknown) => {
          // The select shows the choice that failed: put the saved one back.
          select.value = client.accountManager?.id ?? '';
          this.problem.set({ client: name, reason: errorMessageKey(error) });
        },
      });
  }

  private loadManagers(): void {
    this.managersFailed.set(false);
    forkJoin([this.api.accounts(Role.Staff), this.api.accounts(Role.Admin)])
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (pages) => {
          const people = pages
            .flatMap((page) => page.items)
            .map((account) => ({ id: account.id, name: fullName(account) }));
          this.managers.set(people);
        },
        error: () => this.managersFailed.set(true),
      });
  }

  private load(search: string): void {
    this.shownSearch = search;
    this.problem.set(null);
    this.state.set({ kind: 'loading' });
    this.pages.next({ search, cursor: null });
  }

  private fetch(request: PageRequest): Observable<PageAnswer> {
    return this.api.accounts(Role.Client, request.search, request.cursor).pipe(
      map((page) => ({ request, page })),
      catchError((error: unknown) => of({ request, error })),
    );
  }

  private show(answer: PageAnswer): void {
    if ('error' in answer) {
      if (answer.request.cursor) {
        this.state.set({ kind: 'ready' });
        this.problem.set({ reason: errorMessageKey(answer.error) });
      } else {
        this.clients.set([]);
        this.nextCursor.set(null);
        this.state.set({ kind: 'failed', reason: errorMessageKey(answer.error) });
      }
      return;
    }
    const { items, nextCursor } = answer.page;
    this.clients.update((shown) => (answer.request.cursor ? [...shown, ...items] : items));
    this.nextCursor.set(nextCursor);
    this.state.set({ kind: 'ready' });
  }
}
