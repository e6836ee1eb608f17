import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { finalize } from 'rxjs';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { SecureMessageRecipientStatus, SentSecureMessage } from '@guichet/contracts';
import { errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { type Message, ProblemBox } from '../../shared/problem-box/problem-box';
import { SecureMessagesApi } from '../secure-messages-api';

/** The furthest step an address reached, as the sent list shows it. */
export function recipientStatus(recipient: SecureMessageRecipientStatus): TranslationKey {
  if (recipient.downloadedAt) return 'messages.status.downloaded';
  if (recipient.openedAt) return 'messages.status.opened';
  if (recipient.codeRequestedAt) return 'messages.status.codeRequested';
  if (recipient.notifiedAt) return 'messages.status.notified';
  return 'messages.status.draft';
}

/** `/messages` (PARCEL-8): the sender's secure messages, each address's status, withdraw, resend. */
@Component({
  selector: 'app-sent-messages-page',
  imports: [RouterLink, MatAnchor, MatButton, TranslatePipe, LocalizedDatePipe, ProblemBox],
  templateUrl: './sent-messages-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SentMessagesPage {
  private readonly api = inject(SecureMessagesApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly messages = signal<readonly SentSecureMessage[] | null>(null);
  /** Where the next page starts; null once the last one is shown. */
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly problem = signal<Message | null>(null);
  protected readonly done = signal<TranslationKey | null>(null);
  protected readonly status = recipientStatus;
  protected readonly stateKey = (state: SentSecureMessage['state']): TranslationKey =>
    `messages.state.${state}`;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.api
      .sent()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.messages.set(page.items);
          this.nextCursor.set(page.nextCursor);
        },
        error: (error: unknown) => this.problem.set({ key: errorMessageKey(error) }),
      });
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.api
      .sent(cursor)
      .pipe(
        finalize(() => this.loadingMore.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (page) => {
          this.messages.update((shown) => [...(shown ?? []), ...page.items]);
          this.nextCursor.set(page.nextCursor);
        },
        error: (error: unknown) => this.problem.set({ key: errorMessageKey(error) }),
      });
  }

  /** After a change to one message, that message only: the pages already shown stay. */
  private refresh(id: string): void {
    this.api
      .detail(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (fresh) =>
          this.messages.update((shown) => shown?.map((m) => (m.id === id ? fresh : m)) ?? null),
        error: (error: unknown) => this.problem.set({ key: errorMessageKey(error) }),
      });
  }

  protected withdraw(message: SentSecureMessage): void {
    this.api
      .withdraw(message.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.done.set('messages.sent.withdrawn');
          this.refresh(message.id);
        },
        error: (error: unknown) => this.problem.set({ key: errorMessageKey(error) }),
      });
  }

  protected resend(message: SentSecureMessage, recipient: SecureMessageRecipientStatus): void {
    this.api
      .resend(message.id, recipient.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.done.set('messages.sent.resent');
          this.refresh(message.id);
        },
        error: (error: unknown) => this.problem.set({ key: errorMessageKey(error) }),
      });
  }
}
