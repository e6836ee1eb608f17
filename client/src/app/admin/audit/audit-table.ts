import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
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
import type { AdminAuditEvent, AuditPerson } from '@guichet/contracts';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import { auditKindKey } from './audit-wording';

/** The events, newest first: when, what, whether it worked, who, about whom, from where. */
@Component({
  selector: 'app-audit-table',
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
    TranslatePipe,
    LocalizedDatePipe,
  ],
  template: `
    <div class="audit-table-wrapper">
      <table
        mat-table
        [dataSource]="events()"
        [trackBy]="trackById"
        [attr.aria-label]="'admin.audit.tableLabel' | translate"
        data-testid="audit-table"
      >
        <ng-container matColumnDef="occurredAt">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.audit.column.occurredAt' | translate }}
          </th>
          <td mat-cell *matCellDef="let event" class="nowrap" data-testid="audit-occurred-at">
            <time [attr.datetime]="event.occurredAt">
              {{ event.occurredAt | localizedDate: 'medium' }}
            </time>
          </td>
        </ng-container>

        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.audit.column.kind' | translate }}</th>
          <td mat-cell *matCellDef="let event" data-testid="audit-kind">
            {{ kindKey(event) | translate }}
          </td>
        </ng-container>

        <ng-container matColumnDef="outcome">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.audit.column.outcome' | translate }}</th>
          <td
            mat-cell
            *matCellDef="let event"
            [class.failure]="event.outcome === 'failure'"
            data-testid="audit-outcome"
          >
            {{ outcomeKey(event) | translate }}
          </td>
        </ng-container>

        <ng-container matColumnDef="actor">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.audit.column.actor' | translate }}</th>
          <td mat-cell *matCellDef="let event" data-testid="audit-actor">
            {{ personName(event.actor, 'admin.audit.unknown') }}
          </td>
        </ng-container>

        <ng-container matColumnDef="target">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.audit.column.target' | translate }}</th>
          <td mat-cell *matCellDef="let event" data-testid="audit-target">
            {{ personName(event.targetAccount, 'admin.audit.none') }}
          </td>
        </ng-container>

        <ng-container matColumnDef="network">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.audit.column.network' | translate }}</th>
          <td mat-cell *matCellDef="let event" class="nowrap" data-testid="audit-network">
            {{ event.ipPrefix ?? ('admin.audit.none' | translate) }}
          </td>
        </ng-container>

        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let event; columns: columns" data-testid="audit-row"></tr>
      </table>
    </div>
  `,
  styles: `
    .audit-table-wrapper {
      overflow-x: auto;
    }

    .nowrap {
      white-space: nowrap;
    }

    .failure {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTable {
  readonly events = input.required<readonly AdminAuditEvent[]>();
  private readonly translator = inject(Translator);

  protected readonly columns = [
    'occurredAt',
    'kind',
    'outcome',
    'actor',
    'target',
    'network',
  ] as const;
  protected readonly trackById = (_: number, event: AdminAuditEvent): string => event.id;

  // Typed accessors: the rows of a Material table reach the template as `any`.
  protected kindKey(event: AdminAuditEvent): TranslationKey {
    return auditKindKey(event.kind);
  }

  protected outcomeKey(event: AdminAuditEvent): TranslationKey {
    return event.outcome === 'success'
      ? 'admin.audit.outcome.success'
      : 'admin.audit.outcome.failure';
  }

  /** The person's name; `missing` when the event names nobody; "deleted" once they are gone. */
  protected personName(person: AuditPerson | null, missing: TranslationKey): string {
    if (!person) return this.translator.t(missing);
    return person.name ?? this.translator.t('admin.audit.erased');
  }
}
