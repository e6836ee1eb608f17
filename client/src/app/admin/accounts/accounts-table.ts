import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
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
import { AccountState, type AdminAccountSummary } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { fullName } from '../../core/session/person-name';
import { ACTION_WORDING, ROLE_KEYS, STATE_KEYS } from './account-wording';
import type { AccountAction } from './admin-accounts-api';

type RowAction = Exclude<AccountAction, 'lock' | 'unlock'>;

/** What tests and browser tests find each button by. */
const ROW_ACTION_TEST_IDS: Readonly<Record<RowAction, string>> = {
  signOutEverywhere: 'accounts-sign-out-everywhere',
  temporaryPassword: 'accounts-temporary-password',
  resetSecondFactor: 'accounts-reset-second-factor',
};

const ROW_ACTIONS: readonly RowAction[] = [
  'signOutEverywhere',
  'temporaryPassword',
  'resetSecondFactor',
];
const OWN_ROW_ACTIONS: readonly RowAction[] = ['signOutEverywhere'];

/** An action asked for on one row. */
export interface AccountActionRequest {
  readonly action: AccountAction;
  readonly account: AdminAccountSummary;
}

/**
 * The accounts, one row each: who, how to reach them, where they stand, who manages them, and
 * what an admin may do: lock or unlock and open the audit trail on the row, and in its menu sign
 * out everywhere, give a temporary password (PWD-3), reset a lost second factor, export or erase a
 * client's data (GDPR-2, GDPR-4).
 */
@Component({
  selector: 'app-accounts-table',
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
    MatIconButton,
    MatAnchor,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <div class="accounts-table-wrapper">
      <table
        mat-table
        [dataSource]="accounts()"
        [trackBy]="trackById"
        [attr.aria-label]="'admin.accounts.tableLabel' | translate"
        data-testid="accounts-table"
      >
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.accounts.column.name' | translate }}</th>
          <td mat-cell *matCellDef="let account" data-testid="accounts-name">
            {{ name(account) }}
            @if (account.id === selfId()) {
              <span class="accounts-you">({{ 'admin.accounts.you' | translate }})</span>
            }
          </td>
        </ng-container>

        <ng-container matColumnDef="accessCode">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.accounts.column.accessCode' | translate }}
          </th>
          <td mat-cell *matCellDef="let account" class="nowrap" data-testid="accounts-code">
            {{ account.accessCode }}
          </td>
        </ng-container>

        <ng-container matColumnDef="role">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.accounts.column.role' | translate }}</th>
          <td mat-cell *matCellDef="let account" data-testid="accounts-role">
            {{ roleKey(account) | translate }}
          </td>
        </ng-container>

        <ng-container matColumnDef="contact">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.accounts.column.contact' | translate }}
          </th>
          <td mat-cell *matCellDef="let account" class="contact" data-testid="accounts-contact">
            @if (account.email || account.mobile) {
              <ul>
                @if (account.email) {
                  <li>{{ account.email }}</li>
                }
                @if (account.mobile) {
                  <li class="nowrap">{{ account.mobile }}</li>
                }
              </ul>
            } @else {
              {{ 'admin.accounts.none' | translate }}
            }
          </td>
        </ng-container>

        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'admin.accounts.column.state' | translate }}</th>
          <td mat-cell *matCellDef="let account">
            <mat-chip-set>
              <mat-chip [class]="'state-' + account.state" data-testid="accounts-state">{{
                stateKey(account) | translate
              }}</mat-chip>
            </mat-chip-set>
          </td>
        </ng-container>

        <ng-container matColumnDef="manager">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.accounts.column.manager' | translate }}
          </th>
          <td mat-cell *matCellDef="let account" data-testid="accounts-manager">
            {{ account.accountManager?.name ?? ('admin.accounts.none' | translate) }}
          </td>
        </ng-container>

        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'admin.accounts.column.actions' | translate }}
          </th>
          <td mat-cell *matCellDef="let account">
            <div class="actions">
              <!-- One button whose words change: the focus stays on it after locking. -->
              <button
                mat-stroked-button
                type="button"
                [disabled]="busy().has(account.id)"
                disabledInteractive
                [attr.aria-label]="lockWording(account).label | translate: { name: name(account) }"
                (click)="act.emit({ action: lockAction(account), account })"
                data-testid="accounts-lock"
              >
                {{ lockWording(account).button | translate }}
              </button>
              <a
                mat-button
                routerLink="/admin/audit"
                [queryParams]="{ accountId: account.id }"
                [attr.aria-label]="
                  'admin.accounts.actionLabel.audit' | translate: { name: name(account) }
                "
                data-testid="accounts-audit"
                >{{ 'admin.accounts.action.audit' | translate }}</a
              >
              <!-- The rarer actions in a menu, so that a row stays one line high. -->
              <button
                mat-icon-button
                type="button"
                [matMenuTriggerFor]="more"
                [attr.aria-label]="
                  'admin.accounts.actionLabel.more' | translate: { name: name(account) }
                "
                data-testid="accounts-more"
              >
                <svg
                  aria-hidden="true"
                  focusable="false"
                  viewBox="0 0 24 24"
                  width="24"
                  height="24"
                >
                  <path
                    fill="currentColor"
                    d="M12 8a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm0 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm0 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z"
                  />
                </svg>
              </button>
              <mat-menu #more="matMenu" xPosition="before">
                @for (action of rowActions(account); track action) {
                  <button
                    mat-menu-item
                    type="button"
                    [disabled]="busy().has(account.id)"
                    [attr.aria-label]="wording(action).label | translate: { name: name(account) }"
                    (click)="act.emit({ action, account })"
                    [attr.data-testid]="testIds[action]"
                  >
                    {{ wording(action).button | translate }}
                  </button>
                }
                @if (account.role === 'client') {
                  <a
                    mat-menu-item
                    [routerLink]="['/admin/gdpr/client', account.id]"
                    [attr.aria-label]="
                      'admin.accounts.actionLabel.gdpr' | translate: { name: name(account) }
                    "
                    data-testid="accounts-gdpr"
                    >{{ 'admin.accounts.action.gdpr' | translate }}</a
                  >
                }
              </mat-menu>
            </div>
          </td>
        </ng-container>

        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let account; columns: columns" data-testid="accounts-row"></tr>
      </table>
    </div>
  `,
  styleUrl: './accounts-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsTable {
  readonly accounts = input.required<readonly AdminAccountSummary[]>();
  /** Ids of the accounts with an action under way. */
  readonly busy = input<ReadonlySet<string>>(new Set());
  /** The signed-in admin's own account, marked "(you)". */
  readonly selfId = input<string | null>(null);
  readonly act = output<AccountActionRequest>();

  protected readonly columns = [
    'name',
    'accessCode',
    'role',
    'contact',
    'state',
    'manager',
    'actions',
  ] as const;
  protected readonly testIds = ROW_ACTION_TEST_IDS;
  protected readonly trackById = (_: number, account: AdminAccountSummary): string => account.id;

  // Typed accessors: the rows of a Material table reach the template as `any`.
  protected name(account: AdminAccountSummary): string {
    return fullName(account);
  }

  protected roleKey(account: AdminAccountSummary): TranslationKey {
    return ROLE_KEYS[account.role];
  }

  protected stateKey(account: AdminAccountSummary): TranslationKey {
    return STATE_KEYS[account.state];
  }

  protected lockAction(account: AdminAccountSummary): AccountAction {
    return account.state === AccountState.Locked ? 'unlock' : 'lock';
  }

  protected lockWording(account: AdminAccountSummary) {
    return ACTION_WORDING[this.lockAction(account)];
  }

  /**
   * The buttons after lock/unlock. Not on the admin's own row: a temporary password (they change
   * theirs) and a second-factor reset (their profile turns it off after asking for the password).
   */
  protected rowActions(account: AdminAccountSummary): readonly RowAction[] {
    return account.id === this.selfId() ? OWN_ROW_ACTIONS : ROW_ACTIONS;
  }

  protected wording(action: RowAction) {
    return ACTION_WORDING[action];
  }
}
