import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { type ParcelDetail, ParcelErrorCode } from '@guichet/contracts';
import { type Observable, Subject, catchError, finalize, map, merge, of, switchMap } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { RelativeTimePipe } from '../parcel-pipes';
import { STATE_KEYS } from '../parcel-wording';
import { ParcelsApi } from '../parcels-api';
import { ParcelDocuments } from './parcel-documents';
import { ParcelReceipts } from './parcel-receipts';
import { ShortenExpiry } from './shorten-expiry';
import { WithdrawDialog, type WithdrawQuestion } from './withdraw-dialog';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey }
  | { readonly kind: 'ready'; readonly parcel: ParcelDetail };

type Answer = { readonly parcel: ParcelDetail } | { readonly error: unknown };

/**
 * A 404, or the parcel's own "not found" code: gone, expired, or never the caller's. A mangled
 * link (an id the server refuses to read, 400/422) leads nowhere either.
 */
function isNotFound(error: unknown): boolean {
  return (
    errorBodyOf(error)?.code === ParcelErrorCode.NotFound ||
    (error instanceof HttpErrorResponse && [400, 404, 422].includes(error.status))
  );
}

/**
 * `/parcels/:id` (PARCEL-4, PARCEL-6): subject, note (as text), sender, recipients, dates and
 * documents to view or download; for the sender, each recipient's receipt, an earlier expiry and
 * withdrawal. A parcel that does not exist, has expired, or is not the caller's says so.
 */
@Component({
  selector: 'app-parcel-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    TranslatePipe,
    LocalizedDatePipe,
    RelativeTimePipe,
    ParcelDocuments,
    ParcelReceipts,
    ShortenExpiry,
  ],
  templateUrl: './parcel-page.html',
  styleUrl: './parcel-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParcelPage {
  private readonly api = inject(ParcelsApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly stateKeys = STATE_KEYS;
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly parcel = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.parcel : null;
  });
  protected readonly failureReason = computed<TranslationKey>(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  });
  /** Documents may be fetched: neither withdrawn nor expired. */
  protected readonly available = computed(() => {
    const state = this.parcel()?.state;
    return state === 'sent' || state === 'draft';
  });
  protected readonly isSender = computed(() => this.parcel()?.role === 'sender');
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Message | null>(null);
  protected readonly problem = signal<Message | null>(null);

  private readonly reloads = new Subject<void>();
  private id = '';

  constructor() {
    const ids = inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? ''));
    merge(
      ids.pipe(
        map((id) => {
          this.id = id;
          this.state.set({ kind: 'loading' });
          this.outcome.set(null);
          this.problem.set(null);
          return id;
        }),
      ),
      this.reloads.pipe(map(() => this.id)),
    )
      .pipe(
        switchMap((id) =>
          this.api.detail(id).pipe(
            map((parcel): Answer => ({ parcel })),
            catchError((error: unknown) => of<Answer>({ error })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => {
        if ('parcel' in answer) {
          this.state.set({ kind: 'ready', parcel: answer.parcel });
        } else if (isNotFound(answer.error)) {
          this.state.set({ kind: 'notFound' });
        } else if (!this.parcel()) {
          this.state.set({ kind: 'failed', reason: errorMessageKey(answer.error) });
        } else {
          this.problem.set({ key: errorMessageKey(answer.error) });
        }
      });
  }

  /** Asks the server again (the receipt may have moved on). */
  protected refresh(): void {
    this.outcome.set(null);
    this.problem.set(null);
    if (!this.parcel()) this.state.set({ kind: 'loading' });
    this.reloads.next();
  }

  protected shorten(expiresAt: string): void {
    const parcel = this.parcel();
    if (!parcel || this.busy()) return;
    this.act(this.api.shortenExpiry(parcel.id, expiresAt), (updated) => {
      this.state.set({ kind: 'ready', parcel: updated });
      this.outcome.set({ key: 'parcels.shorten.done' });
    });
  }

  protected confirmWithdraw(): void {
    const parcel = this.parcel();
    if (!parcel || this.busy()) return;
    this.dialog
      .open<WithdrawDialog, WithdrawQuestion, boolean>(WithdrawDialog, {
        data: { subject: parcel.subject },
        role: 'alertdialog',
        ariaLabelledBy: 'withdraw-title',
        ariaDescribedBy: 'withdraw-message',
        autoFocus: 'first-tabbable',
        restoreFocus: true,
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.act(this.api.withdraw(parcel.id), () => {
          this.state.set({ kind: 'ready', parcel: { ...parcel, state: 'withdrawn' } });
          this.outcome.set({ key: 'parcels.withdraw.done' });
        });
      });
  }

  private act<T>(request: Observable<T>, done: (answer: T) => void): void {
    this.busy.set(true);
    this.outcome.set(null);
    this.problem.set(null);
    request
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: done,
        error: (error: unknown) => this.problem.set({ key: errorMessageKey(error) }),
      });
  }
}
