import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ParcelPage, ParcelSummary } from '@guichet/contracts';
import {
  type Observable,
  Subject,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { FileSizePipe, RelativeTimePipe } from '../parcel-pipes';
import { STATE_KEYS } from '../parcel-wording';
import { type ParcelBox, ParcelsApi } from '../parcels-api';

/** Typing pauses this long before the search goes to the server. */
export const PARCEL_SEARCH_DEBOUNCE_MS = 300;

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
  | { readonly request: PageRequest; readonly page: ParcelPage }
  | { readonly request: PageRequest; readonly error: unknown };

/** The wording that differs between the two lists. */
interface BoxWording {
  readonly heading: TranslationKey;
  readonly intro: TranslationKey;
  readonly party: TranslationKey;
  readonly empty: TranslationKey;
  readonly unread: TranslationKey;
  readonly unreadHint: TranslationKey;
}

const WORDING: Readonly<Record<ParcelBox, BoxWording>> = {
  received: {
    heading: 'parcels.received.heading',
    intro: 'parcels.received.intro',
    party: 'parcels.column.from',
    empty: 'parcels.received.empty',
    unread: 'parcels.received.unread',
    unreadHint: 'parcels.received.unreadHint',
  },
  sent: {
    heading: 'parcels.sent.heading',
    intro: 'parcels.sent.intro',
    party: 'parcels.column.to',
    empty: 'parcels.sent.empty',
    unread: 'parcels.sent.unread',
    unreadHint: 'parcels.sent.unreadHint',
  },
};

/**
 * `/parcels/received` « Dossiers sécurisés » and `/parcels/sent` « Bordereaux d'expédition »
 * (PARCEL-3): newest first, searched as one types, 25 more at a time; unread parcels in bold with
 * a badge (and said to screen readers); expiry told relatively ("expire dans 3 jours").
 */
@Component({
  selector: 'app-parcel-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    LocalizedDatePipe,
    FileSizePipe,
    RelativeTimePipe,
  ],
  templateUrl: './parcel-list-page.html',
  styleUrl: './parcel-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParcelListPage {
  private readonly api = inject(ParcelsApi);

  protected readonly box: ParcelBox =
    inject(ActivatedRoute).snapshot.data['box'] === 'sent' ? 'sent' : 'received';
  protected readonly wording = WORDING[this.box];
  protected readonly stateKeys = STATE_KEYS;

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly filters = new FormGroup({ search: this.search });
  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly parcels = signal<readonly ParcelSummary[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly moreFailed = signal<TranslationKey | null>(null);
  /** The search whose results are shown (the empty state names it). */
  protected readonly shownSearch = signal('');
  protected readonly failureReason = computed<TranslationKey>(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  });

  private readonly pages = new Subject<PageRequest>();

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
        debounceTime(PARCEL_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((search) => this.load(search));
    this.load('');
  }

  /** Enter in the search field: no need to wait for the pause. */
  protected searchNow(): void {
    const search = this.search.value.trim();
    if (search !== this.shownSearch() || this.state().kind === 'failed') this.load(search);
  }

  protected retry(): void {
    this.load(this.search.value.trim());
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.state().kind !== 'ready') return;
    this.moreFailed.set(null);
    this.state.set({ kind: 'loadingMore' });
    this.pages.next({ search: this.shownSearch(), cursor });
  }

  protected partyNames(parcel: ParcelSummary): string {
    return this.box === 'received'
      ? parcel.sender.name
      : parcel.recipients.map((person) => person.name).join(', ');
  }

  private load(search: string): void {
    this.shownSearch.set(search);
    this.moreFailed.set(null);
    this.state.set({ kind: 'loading' });
    this.pages.next({ search, cursor: null });
  }

  private fetch(request: PageRequest): Observable<PageAnswer> {
    return this.api
      .list(this.box, {
        ...(request.search ? { search: request.search } : {}),
        ...(request.cursor ? { cursor: request.cursor } : {}),
      })
      .pipe(
        map((page) => ({ request, page })),
        catchError((error: unknown) => of({ request, error })),
      );
  }

  private show(answer: PageAnswer): void {
    if ('error' in answer) {
      if (answer.request.cursor) {
        this.state.set({ kind: 'ready' });
        this.moreFailed.set(errorMessageKey(answer.error));
      } else {
        this.parcels.set([]);
        this.nextCursor.set(null);
        this.state.set({ kind: 'failed', reason: errorMessageKey(answer.error) });
      }
      return;
    }
    const { items, nextCursor } = answer.page;
    this.parcels.update((shown) => (answer.request.cursor ? [...shown, ...items] : items));
    this.nextCursor.set(nextCursor);
    this.state.set({ kind: 'ready' });
  }
}
