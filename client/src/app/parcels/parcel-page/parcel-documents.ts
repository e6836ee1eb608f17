import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import type { ParcelDocument } from '@guichet/contracts';
import { TranslatePipe } from '../../core/i18n';
import { FileSizePipe } from '../parcel-pipes';
import { typeKey } from '../parcel-wording';
import { parcelLinks } from '../parcels-api';

/** One row as shown: the document and where the browser fetches it. */
interface DocumentRow {
  readonly document: ParcelDocument;
  readonly type: ReturnType<typeof typeKey>;
  readonly view: string | null;
  readonly download: string;
}

/**
 * The documents of a parcel (PARCEL-4): the name opens a viewable one (PDF, image, text) in a new
 * tab; « Télécharger » saves any of them; « Tout télécharger » saves one zip. Plain links, so that
 * the browser streams each file itself.
 */
@Component({
  selector: 'app-parcel-documents',
  imports: [MatAnchor, TranslatePipe, FileSizePipe],
  template: `
    <div class="table-wrap">
      <table [attr.aria-label]="'parcels.documents.heading' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'parcels.documents.name' | translate }}</th>
            <th scope="col">{{ 'parcels.documents.type' | translate }}</th>
            <th scope="col">{{ 'parcels.documents.size' | translate }}</th>
            @if (available()) {
              <th scope="col">
                <span class="visually-hidden">{{ 'parcels.documents.actions' | translate }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.document.id) {
            <tr data-testid="parcel-document">
              <th scope="row" class="name">
                @if (row.view) {
                  <a
                    [href]="row.view"
                    target="_blank"
                    rel="noopener"
                    data-testid="parcel-document-view"
                    >{{ row.document.name
                    }}<span class="visually-hidden">{{
                      'parcels.documents.newTab' | translate
                    }}</span></a
                  >
                } @else {
                  <span data-testid="parcel-document-name">{{ row.document.name }}</span>
                }
              </th>
              <td data-testid="parcel-document-type">
                {{ row.type ? (row.type | translate) : row.document.contentType }}
              </td>
              <td>{{ row.document.size | fileSize }}</td>
              @if (available()) {
                <td class="action">
                  <a
                    mat-stroked-button
                    [href]="row.download"
                    download
                    [attr.aria-label]="
                      'parcels.documents.downloadLabel' | translate: { name: row.document.name }
                    "
                    data-testid="parcel-document-download"
                    >{{ 'parcels.documents.download' | translate }}</a
                  >
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (available() && documents().length > 1) {
      <a mat-flat-button class="zip" [href]="zip()" download data-testid="parcel-zip">{{
        'parcels.documents.zip' | translate
      }}</a>
    }
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
      vertical-align: middle;
      font: var(--mat-sys-body-medium);
    }

    thead th {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }

    .name {
      font-weight: 500;
      overflow-wrap: anywhere;

      a {
        color: var(--mat-sys-primary);
      }
    }

    .action {
      text-align: right;
      white-space: nowrap;
    }

    .zip {
      margin-top: 1rem;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParcelDocuments {
  readonly parcelId = input.required<string>();
  readonly documents = input.required<readonly ParcelDocument[]>();
  /** False once the parcel is withdrawn or expired: its documents can no longer be fetched. */
  readonly available = input(true);

  protected readonly rows = computed<readonly DocumentRow[]>(() =>
    this.documents().map((document) => ({
      document,
      type: typeKey(document.contentType),
      view:
        this.available() && document.viewable
          ? parcelLinks.view(this.parcelId(), document.id)
          : null,
      download: parcelLinks.download(this.parcelId(), document.id),
    })),
  );
  protected readonly zip = computed(() => parcelLinks.zip(this.parcelId()));
}
