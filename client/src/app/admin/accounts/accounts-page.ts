import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  AccountState,
  type AdminAccountPage,
  type AdminAccountQuery,
  type AdminAccountSummary,
  Role,
  type TemporaryPassword,
} from '@guichet/contracts';
import {
  type Observable,
  Subject,
  catchError,
  debounceTime,
  distinctUntilChanged,
  finalize,
  map,
  merge,
  of,
  switchMap,
} from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import {
  LocalizedDatePipe,
  TranslatePipe,
  type TranslationKey,
  type TranslationParams,
} from '../../core/i18n';
import { fullName } from '../../core/session/person-name';
import { SessionNavigation } from '../../core/session/session-navigation';
import { SessionStore } from '../../core/session/session-store';
import { OneTimeSecret } from '../one-time-secret/one-time-secret';
import { AccountActionDialog, type AccountActionQuestion } from './account-action-dialog';
import { ACTION_WORDING, ROLE_KEYS, STATE_KEYS } from './account-wording';
import { type AccountAction, AdminAccountsApi } from './admin-accounts-api';
import { type AccountActionRequest, AccountsTable } from './accounts-table';

/** Typing pauses this long before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** A message kept as keys, so that switching the language rewords it. */
interface Message {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

/** Why something failed, and for whom when it was an action on one account. */
interface Problem {
  readonly reason: TranslationKey;
  readonly name?: string;
}

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loadingMore' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

/** One page to fetch: the first of a search, or the next one. */
interface PageRequest {
  readonly query: AdminAccountQuery;
  readonly cursor: string | null;
}

type PageAnswer =
  | { readonly request: PageRequest; readonly page: AdminAccountPage }
  | { readonly request: PageRequest; readonly error: unknown };

const sameQuery = (a: AdminAccountQuery, b: AdminAccountQuery) =>
  a.search === b.search && a.role === b.role && a.state === b.state;

/**
 * `/admin/accounts`: the firm's accounts, searched (names, access code, e-mail; as one types),
 * filtered by role and state, fifty at a time; lock, unlock, "sign out everywhere" and "Générer un
 * mot de passe temporaire" (PWD-3, shown once) after a confirmation, and a link to each account's
 * audit trail.
 */
@Component({
  selector: 'app-accounts-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslatePipe,
    LocalizedDatePipe,
    AccountsTable,
    OneTimeSecret,
  ],
  template: `
    <section class="accounts" aria-labelledby="accounts-heading" data-testid="accounts-page">
      <h2 id="accounts-heading">{{ 'admin.accounts.heading' | translate }}</h2>
      <p class="accounts-intro">{{ 'admin.accounts.intro' | translate }}</p>

      <form
        class="accounts-filters"
        role="search"
        [formGroup]="filters"
        [attr.aria-label]="'admin.accounts.filters.label' | translate"
        (ngSubmit)="searchNow()"
      >
        <mat-form-field class="accounts-search">
          <mat-label>{{ 'admin.accounts.search.label' | translate }}</mat-label>
          <input
            matInput
            type="search"
            formControlName="search"
            maxlength="100"
            autocomplete="off"
            spellcheck="false"
            data-testid="accounts-search"
          />
          <mat-hint>{{ 'admin.accounts.search.hint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.accounts.role.label' | translate }}</mat-label>
          <select matNativeControl formControlName="role" data-testid="accounts-role-filter">
            <option value="">{{ 'admin.accounts.any' | translate }}</option>
            @for (role of roles; track role) {
              <option [value]="role">{{ roleKeys[role] | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.accounts.state.label' | translate }}</mat-label>
          <select matNativeControl formControlName="state" data-testid="accounts-state-filter">
            <option value="">{{ 'admin.accounts.any' | translate }}</option>
            @for (state of states; track state) {
              <option [value]="state">{{ stateKeys[state] | translate }}</option>
            }
          </select>
        </mat-form-field>
      </form>

      @if (issued(); as issued) {
        <app-one-time-secret
          [secret]="issued.password.password"
          heading="admin.accounts.temporary.heading"
          [headingParams]="{ name: issued.name, code: issued.code }"
          [note]="{
            key: 'admin.accounts.temporary.expires',
            params: { date: (issued.password.expiresAt | localizedDate: 'short') },
          }"
          (closed)="forgetIssued()"
        />
      }
      <p class="accounts-outcome" role="status" data-testid="accounts-outcome">
        @if (outcome(); as outcome) {
          {{ outcome.key | translate: outcome.params }}
        }
      </p>
      <div class="accounts-problem" role="alert" data-testid="accounts-problem">
        @if (problem(); as problem) {
          <p>
            @if (problem.name) {
              {{
                'admin.accounts.failed'
                  | translate: { name: problem.name, reason: (problem.reason | translate) }
              }}
            } @else {
              {{ problem.reason | translate }}
            }
          </p>
        }
      </div>

      @switch (state().kind) {
        @case ('loading') {
          <p role="status">{{ 'admin.accounts.loading' | translate }}</p>
        }
        @case ('failed') {
          <div class="accounts-failed" role="alert" data-testid="accounts-load-error">
            <p>
              {{
                'admin.accounts.loadFailed' | translate: { reason: (failureReason() | translate) }
              }}
            </p>
            <button mat-stroked-button type="button" (click)="retry()" data-testid="accounts-retry">
              {{ 'admin.retry' | translate }}
            </button>
          </div>
        }
      }
      @if (state().kind !== 'loading' && state().kind !== 'failed') {
        @if (accounts().length === 0) {
          <p class="accounts-empty" data-testid="accounts-empty">
            {{ 'admin.accounts.empty' | translate }}
          </p>
        } @else {
          <app-accounts-table
            [accounts]="accounts()"
            [busy]="busy()"
            [selfId]="selfId()"
            (act)="confirm($event)"
          />
        }
      }
      <div class="accounts-footer">
        <p role="status" data-testid="accounts-count">
          @if (state().kind === 'ready' && accounts().length > 0) {
            {{ countKey() | translate: { count: accounts().length } }}
          }
        </p>
        @if (nextCursor() && state().kind !== 'loading') {
          <button
            mat-stroked-button
            type="button"
            [disabled]="state().kind === 'loadingMore'"
            disabledInteractive
            (click)="loadMore()"
            data-testid="accounts-load-more"
          >
            {{ 'admin.accounts.loadMore' | translate }}
          </button>
        }
      </div>
    </section>
  `,
  styleUrl: './accounts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsPage {
  private readonly api = inject(AdminAccountsApi);
  private readonly dialog = inject(MatDialog);
  private readonly navigation = inject(SessionNavigation);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = Object.values(Role);
  protected readonly states = Object.values(AccountState);
  protected readonly roleKeys = ROLE_KEYS;
  protected readonly stateKeys = STATE_KEYS;

  protected readonly filters = this.fb.group({
    search: [''],
    role: this.fb.control<Role | ''>(''),
    state: this.fb.control<AccountState | ''>(''),
  });

  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly accounts = signal<readonly AdminAccountSummary[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly outcome = signal<Message | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  /** A temporary password just generated, shown until the admin closes it, never again. */
  protected readonly issued = signal<{
    readonly name: string;
    readonly code: string;
    readonly password: TemporaryPassword;
  } | null>(null);
  private readonly session = inject(SessionStore).session;
  protected readonly selfId = computed(() => this.session()?.account.id ?? null);
  protected readonly countKey = computed<TranslationKey>(() => {
    const one = this.accounts().length === 1;
    if (this.nextCursor()) {
      return one ? 'admin.accounts.countMore.one' : 'admin.accounts.countMore.other';
    }
    return one ? 'admin.accounts.count.one' : 'admin.accounts.count.other';
  });

  private readonly pages = new Subject<PageRequest>();
  private query: AdminAccountQuery = this.currentQuery();

  constructor() {
    this.pages
      .pipe(
        // A new search drops the answer of the one before, whichever arrives last.
        switchMap((request) => this.fetch(request)),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => this.show(answer));

    const { search, role, state } = this.filters.controls;
    merge(
      search.valueChanges.pipe(debounceTime(SEARCH_DEBOUNCE_MS)),
      role.valueChanges,
      state.valueChanges,
    )
      .pipe(
        map(() => this.currentQuery()),
        distinctUntilChanged(sameQuery),
        takeUntilDestroyed(),
      )
      .subscribe((query) => this.search(query));
    this.search(this.query);
  }

  /** Enter in the search field: no need to wait for the pause. */
  protected searchNow(): void {
    const query = this.currentQuery();
    if (!sameQuery(query, this.query)) this.search(query);
  }

  protected retry(): void {
    this.search(this.currentQuery());
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.state().kind !== 'ready') return;
    this.state.set({ kind: 'loadingMore' });
    this.pages.next({ query: this.query, cursor });
  }

  protected confirm({ action, account }: AccountActionRequest): void {
    if (this.busy().has(account.id)) return;
    const question: AccountActionQuestion = {
      action,
      name: fullName(account),
      self: account.id === this.selfId(),
    };
    this.dialog
      .open<AccountActionDialog, AccountActionQuestion, boolean>(AccountActionDialog, {
        data: question,
        role: 'alertdialog',
        ariaLabelledBy: 'account-action-title',
        ariaDescribedBy: 'account-action-message',
        autoFocus: 'first-tabbable',
        restoreFocus: true,
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.act(action, account, question);
      });
  }

  protected forgetIssued(): void {
    this.issued.set(null);
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  private act(
    action: AccountAction,
    account: AdminAccountSummary,
    question: AccountActionQuestion,
  ) {
    this.busy.update((ids) => new Set(ids).add(account.id));
    this.outcome.set(null);
    this.problem.set(null);
    const name = question.name;
    if (action === 'temporaryPassword') {
      this.issueTemporaryPassword(account, name);
      return;
    }
    this.api
      .act(action, account.id)
      .pipe(
        finalize(() =>
          this.busy.update((ids) => new Set([...ids].filter((id) => id !== account.id))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          if (updated) {
            this.accounts.update((all) => all.map((a) => (a.id === updated.id ? updated : a)));
          }
          this.outcome.set({ key: ACTION_WORDING[action].done, params: { name } });
          // Their own sessions are over too: the next call would find them signed out.
          if (action === 'signOutEverywhere' && question.self) void this.navigation.signOut();
        },
        error: (error: unknown) => {
          this.problem.set({ name, reason: errorMessageKey(error) });
        },
      });
  }

  private issueTemporaryPassword(account: AdminAccountSummary, name: string): void {
    this.issued.set(null);
    this.api
      .temporaryPassword(account.id)
      .pipe(
        finalize(() =>
          this.busy.update((ids) => new Set([...ids].filter((id) => id !== account.id))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ account: updated, temporaryPassword }) => {
          this.accounts.update((all) => all.map((a) => (a.id === updated.id ? updated : a)));
          this.outcome.set({ key: ACTION_WORDING.temporaryPassword.done, params: { name } });
          this.issued.set({ name, code: updated.accessCode, password: temporaryPassword });
        },
        error: (error: unknown) => {
          this.problem.set({ name, reason: errorMessageKey(error) });
        },
      });
  }

  private search(query: AdminAccountQuery): void {
    this.query = query;
    this.problem.set(null);
    this.state.set({ kind: 'loading' });
    this.pages.next({ query, cursor: null });
  }

  private fetch(request: PageRequest): Observable<PageAnswer> {
    const query = request.cursor ? { ...request.query, cursor: request.cursor } : request.query;
    return this.api.list(query).pipe(
      map((page) => ({ request, page })),
      catchError((error: unknown) => of({ request, error })),
    );
  }

  private show(answer: PageAnswer): void {
    if ('error' in answer) {
      // A failed "more" keeps what is shown; a failed search has nothing to show.
      if (answer.request.cursor) {
        this.state.set({ kind: 'ready' });
        this.problem.set({ reason: errorMessageKey(answer.error) });
      } else {
        this.accounts.set([]);
        this.nextCursor.set(null);
        this.state.set({ kind: 'failed', reason: errorMessageKey(answer.error) });
      }
      return;
    }
    const { items, nextCursor } = answer.page;
    this.accounts.update((shown) => (answer.request.cursor ? [...shown, ...items] : items));
    this.nextCursor.set(nextCursor);
    this.state.set({ kind: 'ready' });
  }

  private currentQuery(): AdminAccountQuery {
    const { search, role, state } = this.filters.getRawValue();
    return {
      search: search.trim() || undefined,
      role: role || undefined,
      state: state || undefined,
    };
  }
}
