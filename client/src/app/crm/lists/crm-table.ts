import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
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
import { RouterLink } from '@angular/router';
import type { CrmTargetEntity } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { displayPhone } from '../../shared/format/phone-display';
import { type CrmRow, rowLink, rowName } from '../crm-row';
import { LEAD_STATUS_KEYS } from '../crm-wording';
import { OptOutMark } from '../marketing/opt-out-mark';

/** The columns of each list, after the name and before the headline and the opt-out mark. */
const OWN_COLUMNS: Readonly<Record<CrmTargetEntity, readonly string[]>> = {
  company: ['contactCount'],
  'third-party': ['erpReference', 'contactCount'],
  contact: ['company', 'jobTitle'],
  lead: ['companyName', 'status'],
};

/**
 * The rows of a CRM list: the name leads to the record; e-mail, phone and city; the opt-out mark
 * with where it came from. Used by the companies, contacts, leads and third parties screens.
 */
@Component({
  selector: 'app-crm-table',
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
    RouterLink,
    TranslatePipe,
    OptOutMark,
  ],
  template: `
    <div class="crm-table-wrapper">
      <table
        mat-table
        [dataSource]="rows()"
        [trackBy]="trackById"
        [attr.aria-label]="'crm.list.tableLabel' | translate"
        data-testid="crm-table"
      >
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.name' | translate }}</th>
          <td mat-cell *matCellDef="let row" data-testid="crm-name">
            <a [routerLink]="link(row)">{{ name(row) }}</a>
          </td>
        </ng-container>

        <ng-container matColumnDef="contactCount">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.contactCount' | translate }}</th>
          <td mat-cell *matCellDef="let row">{{ row.contactCount }}</td>
        </ng-container>

        <ng-container matColumnDef="erpReference">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.erpReference' | translate }}</th>
          <td mat-cell *matCellDef="let row" class="nowrap">{{ row.erpReference }}</td>
        </ng-container>

        <ng-container matColumnDef="company">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.company' | translate }}</th>
          <td mat-cell *matCellDef="let row" data-testid="crm-company">
            @if (row.company; as company) {
              <a [routerLink]="['/crm/companies', company.id]">{{ company.name }}</a>
            } @else {
              {{ 'crm.none' | translate }}
            }
          </td>
        </ng-container>

        <ng-container matColumnDef="jobTitle">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.jobTitle' | translate }}</th>
          <td mat-cell *matCellDef="let row">{{ row.jobTitle ?? ('crm.none' | translate) }}</td>
        </ng-container>

        <ng-container matColumnDef="companyName">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.company' | translate }}</th>
          <td mat-cell *matCellDef="let row">
            {{ row.companyName ?? ('crm.none' | translate) }}
          </td>
        </ng-container>

        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.status' | translate }}</th>
          <td mat-cell *matCellDef="let row">{{ statusKey(row) | translate }}</td>
        </ng-container>

        <ng-container matColumnDef="email">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.email' | translate }}</th>
          <td mat-cell *matCellDef="let row" class="email">
            {{ row.email ?? ('crm.none' | translate) }}
          </td>
        </ng-container>

        <ng-container matColumnDef="phone">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.phone' | translate }}</th>
          <td mat-cell *matCellDef="let row" class="nowrap">
            {{ phone(row) ?? ('crm.none' | translate) }}
          </td>
        </ng-container>

        <ng-container matColumnDef="city">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.city' | translate }}</th>
          <td mat-cell *matCellDef="let row">{{ row.city ?? ('crm.none' | translate) }}</td>
        </ng-container>

        <ng-container matColumnDef="marketing">
          <th mat-header-cell *matHeaderCellDef>{{ 'crm.column.marketing' | translate }}</th>
          <td mat-cell *matCellDef="let row">
            <app-opt-out-mark [optOut]="row.marketingOptOut" />
          </td>
        </ng-container>

        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let row; columns: columns()" data-testid="crm-row"></tr>
      </table>
    </div>
  `,
  styles: `
    .crm-table-wrapper {
      overflow-x: auto;
    }

    .nowrap {
      white-space: nowrap;
    }

    // Broken anywhere if it must, but never narrower than a short address: on a phone the
    // table scrolls sideways rather than stacking an address one letter a line.
    .email {
      min-width: 10rem;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrmTable {
  readonly entity = input.required<CrmTargetEntity>();
  readonly rows = input.required<readonly CrmRow[]>();

  /** Off on a company's page, whose contacts all belong to it. */
  readonly withCompany = input(true);

  protected readonly columns = computed(() => [
    'name',
    ...OWN_COLUMNS[this.entity()].filter((column) => column !== 'company' || this.withCompany()),
    'email',
    'phone',
    'city',
    'marketing',
  ]);
  protected readonly trackById = (_: number, row: CrmRow): string => row.id;

  // Typed accessors: the rows of a Material table reach the template as `any`.
  protected name(row: CrmRow): string {
    return rowName(row);
  }

  protected link(row: CrmRow): string[] {
    return rowLink(this.entity(), row);
  }

  protected phone(row: CrmRow): string | null {
    return displayPhone(row.phone);
  }

  protected statusKey(row: CrmRow): TranslationKey {
    return 'status' in row ? LEAD_STATUS_KEYS[row.status] : 'crm.none';
  }
}
