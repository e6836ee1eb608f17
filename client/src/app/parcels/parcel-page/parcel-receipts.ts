import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ParcelDocument, ParcelReceipt } from '@guichet/contracts';
import { LocalizedDatePipe, TranslatePipe } from '../../core/i18n';

/** One recipient's line: when they were notified and opened it, and what they fetched when. */
interface ReceiptRow {
  readonly receipt: ParcelReceipt;
  readonly documents: readonly { readonly name: string; readonly at: string | null }[];
}

/**
 * The sender's receipt (PARCEL-6): for each recipient, when they were notified, when they opened
 * the parcel, and which documents they viewed or downloaded, when.
 */
@Component({
  selector: 'app-parcel-receipts',
  imports: [TranslatePipe, LocalizedDatePipe],
  template: `
    <div class="table-wrap">
      <table [attr.aria-label]="'parcels.receipts.heading' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'parcels.receipts.recipient' | translate }}</th>
            <th scope="col">{{ 'parcels.receipts.notified' | translate }}</th>
            <th scope="col">{{ 'parcels.receipts.opened' | translate }}</th>
            <th scope="col">{{ 'parcels.receipts.downloads' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.receipt.recipient.id) {
            <tr data-testid="parcel-receipt">
              <th scope="row">{{ row.receipt.recipient.name }}</th>
              <td data-testid="parcel-receipt-notified">
                @if (row.receipt.notifiedAt; as at) {
                  <time [attr.datetime]="at">{{ at | localizedDate: 'short' }}</time>
                } @else if (sent()) {
                  {{ 'parcels.receipts.notNotified' | translate }}
                } @else {
                  {{ 'parcels.receipts.notYetNotified' | translate }}
                }
              </td>
              <td data-testid="parcel-receipt-opened">
                @if (row.receipt.openedAt; as at) {
                  <time [attr.datetime]="at">{{ at | localizedDate: 'short' }}</time>
                } @else {
                  {{ 'parcels.receipts.notYetOpened' | translate }}
                }
              </td>
              <td>
                <ul class="downloads">
                  @for (document of row.documents; track $index) {
                    <li data-testid="parcel-receipt-download">
                      @if (document.at; as at) {
                        {{
                          'parcels.receipts.downloadedAt'
                            | translate
                              : { name: document.name, date: (at | localizedDate: 'short') }
                        }}
                      } @else {
                        {{ 'parcels.receipts.notDownloaded' | translate: { name: document.name } }}
                      }
                    </li>
                  }
                </ul>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .table-wrap {
      overflow-x: auto;
    }

    table {
      width: 100%;
      border-collapse: collapse;
    }

    th,
    td {
      padding: 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
      font: var(--mat-sys-body-medium);
    }

    thead th {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }

    .downloads {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParcelReceipts {
  readonly receipts = input.required<readonly ParcelReceipt[]>();
  readonly documents = input.required<readonly ParcelDocument[]>();
  /**
   * The parcel went out: recipients are told by mail as it is sent, so one still not told has no
   * e-mail address on file, and only sees it when signed in.
   */
  readonly sent = input(false);

  protected readonly rows = computed<readonly ReceiptRow[]>(() =>
    this.receipts().map((receipt) => ({
      receipt,
      documents: this.documents().map((document) => ({
        name: document.name,
        at: receipt.downloads[document.id] ?? null,
      })),
    })),
  );
}
