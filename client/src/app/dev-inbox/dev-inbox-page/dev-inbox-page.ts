import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import type { DevInboxItem } from '@guichet/contracts';
import {
  EMPTY,
  type Observable,
  Subject,
  catchError,
  exhaustMap,
  interval,
  startWith,
  switchMap,
  tap,
} from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { DevInboxApi } from '../dev-inbox-api';
import { DevInboxMessage } from '../dev-inbox-message/dev-inbox-message';
import { DevInboxSamplesForm } from '../dev-inbox-samples-form/dev-inbox-samples-form';

/** How often the open page asks for new messages. */
export const DEV_INBOX_POLL_MS = 3_000;

type Items = readonly DevInboxItem[] | null;

/** Same messages in the same order: polling then changes nothing on screen. */
const sameItems = (a: Items, b: Items): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));

/**
 * `/dev/inbox` (development mode only): every mail and SMS the product sent, newest first, with a
 * reader for the selected one and a form to send one of every template.
 */
@Component({
  selector: 'app-dev-inbox-page',
  imports: [MatButton, TranslatePipe, LocalizedDatePipe, DevInboxMessage, DevInboxSamplesForm],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    <section class="dev-inbox" aria-labelledby="dev-inbox-heading" data-testid="dev-inbox-page">
      <h1 id="dev-inbox-heading" data-testid="dev-inbox-heading">
        {{ 'devInbox.heading' | translate }}
      </h1>
      <p class="dev-inbox-intro">{{ 'devInbox.intro' | translate }}</p>

      <app-dev-inbox-samples-form />

      <div class="dev-inbox-columns">
        <section class="dev-inbox-list" aria-labelledby="dev-inbox-list-heading">
          <div class="dev-inbox-list-header">
            <h2 id="dev-inbox-list-heading">{{ 'devInbox.list.heading' | translate }}</h2>
            <button
              mat-stroked-button
              type="button"
              (click)="refresh()"
              data-testid="dev-inbox-refresh"
            >
              {{ 'devInbox.refresh' | translate }}
            </button>
          </div>

          @if (loadError(); as reason) {
            <p class="dev-inbox-error" role="alert" data-testid="dev-inbox-load-error">
              {{ 'devInbox.list.loadFailed' | translate: { reason: (reason | translate) } }}
            </p>
          }

          @let list = items();
          @if (list === null) {
            @if (!loadError()) {
              <p role="status">{{ 'devInbox.list.loading' | translate }}</p>
            }
          } @else if (list.length === 0) {
            <p data-testid="dev-inbox-empty">{{ 'devInbox.list.empty' | translate }}</p>
          } @else {
            <ul
              class="dev-inbox-items"
              [attr.aria-label]="'devInbox.list.label' | translate"
              data-testid="dev-inbox-items"
            >
              @for (item of list; track item.id) {
                <li>
                  <button
                    type="button"
                    class="dev-inbox-item"
                    [class.dev-inbox-item-selected]="item.id === selectedId()"
                    [attr.aria-current]="item.id === selectedId() ? 'true' : null"
                    (click)="select(item.id)"
                    data-testid="dev-inbox-item"
                  >
                    <span class="dev-inbox-item-subject" data-testid="dev-inbox-item-subject">
                      {{
                        item.channel === 'mail' ? item.subject : ('devInbox.list.sms' | translate)
                      }}
                    </span>
                    <span class="dev-inbox-item-to">{{ item.to }}</span>
                    <time class="dev-inbox-item-time" [attr.datetime]="item.receivedAt">
                      {{ item.receivedAt | localizedDate }}
                    </time>
                  </button>
                </li>
              }
            </ul>
          }
        </section>

        <section class="dev-inbox-reader" aria-labelledby="dev-inbox-reader-heading">
          <h2 id="dev-inbox-reader-heading">{{ 'devInbox.message.heading' | translate }}</h2>
          @if (selected(); as item) {
            <app-dev-inbox-message [item]="item" />
          } @else {
            <p class="dev-inbox-hint">{{ 'devInbox.message.noSelection' | translate }}</p>
          }
        </section>
      </div>
    </section>
  `,
  styleUrl: './dev-inbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevInboxPage {
  private readonly api = inject(DevInboxApi);
  private readonly refreshes = new Subject<void>();

  /** Null until the first answer. */
  protected readonly items = signal<Items>(null, { equal: sameItems });
  protected readonly loadError = signal<TranslationKey | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(
    () => this.items()?.find((item) => item.id === this.selectedId()) ?? null,
  );

  constructor() {
    // A refresh restarts the cycle at once. exhaustMap skips a tick while the previous request
    // is still running, so a slow server is not flooded; takeUntilDestroyed stops polling when
    // the page is left.
    this.refreshes
      .pipe(
        startWith(undefined),
        switchMap(() =>
          interval(DEV_INBOX_POLL_MS).pipe(
            startWith(0),
            exhaustMap(() => this.load()),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected refresh(): void {
    this.refreshes.next();
  }

  protected select(id: string): void {
    this.selectedId.set(id);
  }

  private load(): Observable<unknown> {
    return this.api.list().pipe(
      tap((items) => {
        this.items.set(this.newestFirst(items));
        this.loadError.set(null);
      }),
      catchError((error: unknown) => {
        this.loadError.set(errorMessageKey(error));
        return EMPTY;
      }),
    );
  }

  // Keeps the objects already shown: the message reader then gets the same item back on every
  // poll and does not reload its preview.
  private newestFirst(items: readonly DevInboxItem[]): DevInboxItem[] {
    const shown = new Map(this.items()?.map((item) => [item.id, item]));
    return items
      .map((item) => shown.get(item.id) ?? item)
      .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
  }
}
