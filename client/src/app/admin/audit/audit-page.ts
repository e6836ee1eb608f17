import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  type AdminAuditEvent,
  type AdminAuditPage,
  type AdminAuditQuery,
  AuditEventKind,
} from '@guichet/contracts';
import {
  type Observable,
  Subject,
  catchError,
  combineLatest,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { fullName } from '../../core/session/person-name';
import { AdminAccountsApi } from '../accounts/admin-accounts-api';
import { auditPeriod } from './audit-period';
import { AuditTable } from './audit-table';
import { AUDIT_KIND_KEYS } from './audit-wording';
import { AdminAuditApi } from './admin-audit-api';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loadingMore' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'invalidPeriod' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

interface PageRequest {
  readonly query: AdminAuditQuery;
  readonly cursor: string | null;
}

type PageAnswer =
  | { readonly request: PageRequest; readonly page: AdminAuditPage }
  | { readonly request: PageRequest; readonly error: unknown };

/** The account the trail is narrowed to, named once the server said who it is. */
type AccountFilter = { readonly id: string; readonly name: string | null } | null;

const sameQuery = (a: AdminAuditQuery | null, b: AdminAuditQuery | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * `/admin/audit`: the firm's audit trail, newest first, fifty at a time; narrowed to one account
 * (`?accountId=`, set from the accounts page and shown by name), to a kind of event and to a
 * period of days.
 */
@Component({
  selector: 'app-audit-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    AuditTable,
  ],
  template: `
    <section class="audit" aria-labelledby="audit-heading" data-testid="audit-page">
      <h2 id="audit-heading">{{ 'admin.audit.heading' | translate }}</h2>
      <p class="audit-intro">{{ 'admin.audit.intro' | translate }}</p>

      @if (account(); as account) {
        <p class="audit-account" data-testid="audit-account">
          <span>
            {{
              'admin.audit.account.filtered'
                | translate: { name: account.name ?? ('admin.audit.account.unknown' | translate) }
            }}
          </span>
          <a mat-stroked-button routerLink="/admin/audit" data-testid="audit-account-clear">{{
            'admin.audit.account.clear' | translate
          }}</a>
        </p>
      }

      <form
        class="audit-filters"
        [formGroup]="filters"
        [attr.aria-label]="'admin.audit.filters.label' | translate"
      >
        <mat-form-field>
          <mat-label>{{ 'admin.audit.kind.label' | translate }}</mat-label>
          <select matNativeControl formControlName="kind" data-testid="audit-kind-filter">
            <option value="">{{ 'admin.audit.kind.any' | translate }}</option>
            @for (kind of kinds; track kind) {
              <option [value]="kind">{{ kindKeys[kind] | translate }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.audit.from.label' | translate }}</mat-label>
          <input matInput type="date" formControlName="from" data-testid="audit-from" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.audit.to.label' | translate }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="to"
            [attr.aria-invalid]="state().kind === 'invalidPeriod'"
            [attr.aria-describedby]="state().kind === 'invalidPeriod' ? 'audit-period-error' : null"
            data-testid="audit-to"
          />
        </mat-form-field>
      </form>

      <div role="alert" class="audit-problem" data-testid="audit-problem">
        @switch (state().kind) {
          @case ('invalidPeriod') {
            <p id="audit-period-error">{{ 'admin.audit.period.invalid' | translate }}</p>
          }
          @case ('failed') {
            <p>
              {{ 'admin.audit.loadFailed' | translate: { reason: (failureReason() | translate) } }}
            </p>
          }
        }
        @if (moreProblem(); as reason) {
          <p>{{ reason | translate }}</p>
        }
      </div>
      @if (state().kind === 'failed') {
        <button mat-stroked-button type="button" (click)="retry()" data-testid="audit-retry">
          {{ 'admin.retry' | translate }}
        </button>
      }

      @if (state().kind === 'loading') {
        <p role="status">{{ 'admin.audit.loading' | translate }}</p>
      }
      @if (state().kind === 'ready' || state().kind === 'loadingMore') {
        @if (events().length === 0) {
          <p class="audit-empty" data-testid="audit-empty">{{ 'admin.audit.empty' | translate }}</p>
        } @else {
          <app-audit-table [events]="events()" />
        }
      }
      <div class="audit-footer">
        <p role="status" data-testid="audit-count">
          @if (state().kind === 'ready' && events().length > 0) {
            {{ countKey() | translate: { count: events().length } }}
          }
        </p>
        @if (nextCursor() && (state().kind === 'ready' || state().kind === 'loadingMore')) {
          <button
            mat-stroked-button
            type="button"
            [disabled]="state().kind === 'loadingMore'"
            disabledInteractive
            (click)="loadMore()"
            data-testid="audit-load-more"
          >
            {{ 'admin.audit.loadMore' | translate }}
          </button>
        }
      </div>
    </section>
  `,
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AdminAuditApi);
  private readonly accountsApi = inject(AdminAccountsApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kinds = Object.values(AuditEventKind);
  protected readonly kindKeys = AUDIT_KIND_KEYS;
  protected readonly filters = this.fb.group({
    kind: this.fb.control<AuditEventKind | ''>(''),
    from: [''],
    to: [''],
  });

  private readonly accountId$ = inject(ActivatedRoute).queryParamMap.pipe(
    map((params) => params.get('accountId')),
    distinctUntilChanged(),
  );
  private readonly accountId = toSignal(this.accountId$, { initialValue: null });
  private readonly accountName = signal<{ id: string; name: string | null } | null>(null);
  protected readonly account = computed<AccountFilter>(() => {
    const id = this.accountId();
    if (!id) return null;
    const named = this.accountName();
    return { id, name: named?.id === id ? named.name : null };
  });

  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly events = signal<readonly AdminAuditEvent[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly moreProblem = signal<TranslationKey | null>(null);
  protected readonly countKey = computed<TranslationKey>(() => {
    const one = this.events().length === 1;
    if (this.nextCursor()) return one ? 'admin.audit.countMore.one' : 'admin.audit.countMore.other';
    return one ? 'admin.audit.count.one' : 'admin.audit.count.other';
  });

  /** Pages to fetch; null drops the one under way, with nothing to fetch instead. */
  private readonly pages = new Subject<PageRequest | null>();
  private query: AdminAuditQuery | null = null;

  constructor() {
    this.pages
      .pipe(
        switchMap((request) => this.fetch(request)),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => this.show(answer));

    this.accountId$
      .pipe(
        switchMap((id) =>
          id
            ? this.accountsApi.one(id).pipe(
                map((account) => ({ id, name: fullName(account) })),
                catchError(() => of({ id, name: null })),
              )
            : of(null),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((named) => this.accountName.set(named));

    combineLatest([
      this.accountId$,
      this.filters.valueChanges.pipe(startWith(this.filters.getRawValue())),
    ])
      .pipe(
        map(([accountId]) => this.queryOf(accountId)),
        distinctUntilChanged(sameQuery),
        takeUntilDestroyed(),
      )
      .subscribe((query) => this.search(query));
  }

  protected retry(): void {
    this.search(this.query);
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || !this.query || this.state().kind !== 'ready') return;
    this.moreProblem.set(null);
    this.state.set({ kind: 'loadingMore' });
    this.pages.next({ query: this.query, cursor });
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  /** The query the filters describe; null when the period ends before it starts. */
  private queryOf(accountId: string | null): AdminAuditQuery | null {
    const { kind, from, to } = this.filters.getRawValue();
    const period = auditPeriod(from, to);
    if (!period) return null;
    return {
      accountId: accountId ?? undefined,
      kind: kind || undefined,
      from: period.from,
      to: period.to,
    };
  }

  private search(query: AdminAuditQuery | null): void {
    this.query = query;
    this.moreProblem.set(null);
    this.events.set([]);
    this.nextCursor.set(null);
    if (!query) {
      this.state.set({ kind: 'invalidPeriod' });
      // An answer still on its way must not show under the error.
      this.pages.next(null);
      return;
    }
    this.state.set({ kind: 'loading' });
    this.pages.next({ query, cursor: null });
  }

  private fetch(request: PageRequest | null): Observable<PageAnswer | null> {
    if (!request) return of(null);
    const query = request.cursor ? { ...request.query, cursor: request.cursor } : request.query;
    return this.api.events(query).pipe(
      map((page) => ({ request, page })),
      catchError((error: unknown) => of({ request, error })),
    );
  }

  private show(answer: PageAnswer | null): void {
    if (!answer) return;
    if ('error' in answer) {
      if (answer.request.cursor) {
        this.state.set({ kind: 'ready' });
        this.moreProblem.set(errorMessageKey(answer.error));
      } else {
        this.state.set({ kind: 'failed', reason: errorMessageKey(answer.error) });
      }
      return;
    }
    const { items, nextCursor } = answer.page;
    this.events.update((shown) => (answer.request.cursor ? [...shown, ...items] : items));
    this.nextCursor.set(nextCursor);
    this.state.set({ kind: 'ready' });
  }
}
