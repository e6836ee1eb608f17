import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { type OutboxMessageSummary, OutboxStatus } from '@guichet/contracts';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { OUTBOX_CHANNEL_KEYS, OUTBOX_STATUS_KEYS, outboxTemplateName } from './outbox-wording';

/** A message being sent right now is claimed by a worker; the server would refuse a retry. */
const RETRYABLE: ReadonlySet<OutboxStatus> = new Set([OutboxStatus.Failed, OutboxStatus.Pending]);

/** The waiting messages, one row each, with a Retry button where a retry makes sense. */
@Component({
  selector: 'app-outbox-table',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatChipSet,
    MatChip,
    MatButton,
    TranslatePipe,
    LocalizedDatePipe,
  ],
  // Inline: Prettier formats inline templates with its Angular parser, which knows `@if`.
  template: `
    <div class="outbox-table-wrapper">
      <table
        mat-table
        [dataSource]="messages()"
        [trackBy]="trackById"
        [attr.aria-label]="'admin.outbox.tableLabel' | translate"
        data-testid="outbox-table"
      >
        <ng-container matColumnDef="channel">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.channel' | translate }}
          </th>
          <td mat-cell *matCellDef="let message" class="nowrap" data-testid="outbox-channel">
            <span class="channel">
              <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
                @if (message.channel === 'sms') {
                  <path
                    fill="currentColor"
                    d="M4 2h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6l-4 4V4a2 2 0 0 1 2-2Zm3 7v2h2V9H7Zm4 0v2h2V9h-2Zm4 0v2h2V9h-2Z"
                  />
                } @else {
                  <path
                    fill="currentColor"
                    d="M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm8 7 8-5H4l8 5Zm0 2L4 8v10h16V8l-8 5Z"
                  />
                }
              </svg>
              {{ channelKey(message) | translate }}
            </span>
          </td>
        </ng-container>

        <ng-container matColumnDef="template">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.template' | translate }}
          </th>
          <td mat-cell *matCellDef="let message" data-testid="outbox-template">
            {{ templateName(message) }}
          </td>
        </ng-container>

        <ng-container matColumnDef="recipient">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.recipient' | translate }}
          </th>
          <td mat-cell *matCellDef="let message" data-testid="outbox-recipient">
            {{ message.recipient }}
          </td>
        </ng-container>

        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.status' | translate }}
          </th>
          <td mat-cell *matCellDef="let message">
            <mat-chip-set>
              <mat-chip [class]="'status-' + message.status" data-testid="outbox-status">{{
                statusKey(message) | translate
              }}</mat-chip>
            </mat-chip-set>
          </td>
        </ng-container>

        <ng-container matColumnDef="attempts">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.attempts' | translate }}
          </th>
          <td mat-cell *matCellDef="let message" data-testid="outbox-attempts">
            {{ message.attempts }}
          </td>
        </ng-container>

        <ng-container matColumnDef="nextAttemptAt">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.nextAttemptAt' | translate }}
          </th>
          <td mat-cell *matCellDef="let message" class="nowrap" data-testid="outbox-next-attempt">
            <time [attr.datetime]="message.nextAttemptAt">
              {{ message.nextAttemptAt | localizedDate: 'short' }}
            </time>
          </td>
        </ng-container>

        <ng-container matColumnDef="lastError">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.lastError' | translate }}
          </th>
          <td mat-cell *matCellDef="let message" class="last-error" data-testid="outbox-last-error">
            {{ message.lastError ?? ('admin.outbox.none' | translate) }}
          </td>
        </ng-container>

        <ng-container matColumnDef="workspace">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.workspace' | translate }}
          </th>
          <td mat-cell *matCellDef="let message" data-testid="outbox-workspace">
            {{ message.workspace ?? ('admin.outbox.productLevel' | translate) }}
          </td>
        </ng-container>

        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.outbox.column.actions' | translate }}
          </th>
          <td mat-cell *matCellDef="let message">
            @if (canRetry(message)) {
              <!-- disabledInteractive: keeps focus on the button while the retry runs. -->
              <button
                mat-stroked-button
                type="button"
                [disabled]="retrying().has(message.id)"
                disabledInteractive
                [attr.aria-label]="
                  'admin.outbox.retryLabel'
                    | translate: { template: templateName(message), recipient: message.recipient }
                "
                (click)="retry.emit(message)"
                data-testid="outbox-retry"
              >
                {{ 'admin.outbox.retry' | translate }}
              </button>
            }
          </td>
        </ng-container>

        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let message; columns: columns" data-testid="outbox-row"></tr>
      </table>
    </div>
  `,
  styleUrl: './outbox-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxTable {
  private readonly translator = inject(Translator);

  readonly messages = input.required<readonly OutboxMessageSummary[]>();
  /** Ids of the messages whose retry is under way. */
  readonly retrying = input<ReadonlySet<string>>(new Set());
  readonly retry = output<OutboxMessageSummary>();

  protected readonly columns = [
    'channel',
    'template',
    'recipient',
    'status',
    'attempts',
    'nextAttemptAt',
    'lastError',
    'workspace',
    'actions',
  ] as const;
  protected readonly trackById = (_: number, message: OutboxMessageSummary): string => message.id;

  // Typed accessors: the rows of a Material table reach the template as `any`.
  protected statusKey(message: OutboxMessageSummary): TranslationKey {
    return OUTBOX_STATUS_KEYS[message.status];
  }

  protected channelKey(message: OutboxMessageSummary): TranslationKey {
    return OUTBOX_CHANNEL_KEYS[message.channel];
  }

  protected templateName(message: OutboxMessageSummary): string {
    return outboxTemplateName(this.translator, message.template);
  }

  protected canRetry(message: OutboxMessageSummary): boolean {
    return RETRYABLE.has(message.status);
  }
}
