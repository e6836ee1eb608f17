import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { CommonErrorCode, OutboxErrorCode, type OutboxMessageSummary } from '@guichet/contracts';
import { finalize } from 'rxjs';
import { errorBodyOf, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { OutboxAdminApi } from './outbox-admin-api';
import { OutboxTable } from './outbox-table';
import { outboxTemplateName } from './outbox-wording';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'unauthenticated' }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

/** What the live region says after a retry, kept untranslated so a language switch follows. */
interface RetryOutcome {
  readonly key: TranslationKey;
  readonly template: string;
  readonly recipient: string;
}

/** `/admin/outbox`: messages not delivered yet or failed, each with a retry. */
@Component({
  selector: 'app-outbox-page',
  imports: [MatButton, TranslatePipe, OutboxTable],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    <section class="outbox" aria-labelledby="outbox-heading" data-testid="outbox-page">
      <div class="outbox-header">
        <h2 id="outbox-heading" data-testid="outbox-heading">
          {{ 'admin.outbox.heading' | translate }}
        </h2>
        <button
          mat-stroked-button
          type="button"
          (click)="load()"
          [disabled]="state().kind === 'loading'"
          data-testid="outbox-refresh"
        >
          {{ 'admin.outbox.refresh' | translate }}
        </button>
      </div>
      <p class="outbox-intro">{{ 'admin.outbox.intro' | translate }}</p>

      <p class="outbox-outcome" role="status" data-testid="outbox-outcome">
        @if (outcome(); as outcome) {
          {{
            outcome.key
              | translate
                : { template: templateName(outcome.template), recipient: outcome.recipient }
          }}
        }
      </p>

      @switch (state().kind) {
        @case ('loading') {
          <p role="status">{{ 'admin.outbox.loading' | translate }}</p>
        }
        @case ('unauthenticated') {
          <p class="outbox-problem" role="alert" data-testid="outbox-unauthenticated">
            {{ 'admin.outbox.unauthenticated' | translate }}
          </p>
        }
        @case ('failed') {
          <p class="outbox-problem" role="alert" data-testid="outbox-load-error">
            {{ 'admin.outbox.loadFailed' | translate: { reason: (failureReason() | translate) } }}
          </p>
        }
        @case ('ready') {
          @if (messages().length === 0) {
            <p class="outbox-empty" data-testid="outbox-empty">
              {{ 'admin.outbox.empty' | translate }}
            </p>
          } @else {
            <app-outbox-table
              [messages]="messages()"
              [retrying]="retrying()"
              (retry)="retry($event)"
            />
          }
        }
      }
    </section>
  `,
  styleUrl: './outbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly api = inject(OutboxAdminApi);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly messages = signal<readonly OutboxMessageSummary[]>([]);
  protected readonly retrying = signal<ReadonlySet<string>>(new Set());
  protected readonly outcome = signal<RetryOutcome | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api
      .undelivered()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (messages) => {
          this.messages.set(messages);
          this.state.set({ kind: 'ready' });
        },
        error: (error: unknown) => {
          const code = errorBodyOf(error)?.code;
          this.state.set(
            code === CommonErrorCode.Unauthenticated || code === CommonErrorCode.Forbidden
              ? { kind: 'unauthenticated' }
              : { kind: 'failed', reason: errorMessageKey(error) },
          );
        },
      });
  }

  protected retry(message: OutboxMessageSummary): void {
    if (this.retrying().has(message.id)) return;
    this.retrying.update((ids) => new Set(ids).add(message.id));
    this.outcome.set(null);
    const { template, recipient } = message;
    this.api
      .retry(message.id)
      .pipe(
        finalize(() =>
          this.retrying.update((ids) => new Set([...ids].filter((id) => id !== message.id))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.messages.update((all) => all.map((m) => (m.id === updated.id ? updated : m)));
          this.outcome.set({ key: 'admin.outbox.retried', template, recipient });
        },
        error: (error: unknown) => {
          // Not found: the message left the outbox (delivered meanwhile), so it leaves the table.
          if (errorBodyOf(error)?.code === OutboxErrorCode.MessageNotFound) {
            this.messages.update((all) => all.filter((m) => m.id !== message.id));
          }
          this.outcome.set({ key: errorMessageKey(error), template, recipient });
        },
      });
  }

  protected failureReason(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  protected templateName(template: string): string {
    return outboxTemplateName(this.translator, template);
  }
}
