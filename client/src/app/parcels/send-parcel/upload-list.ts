import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe } from '../../core/i18n';
import { FileSizePipe } from '../parcel-pipes';
import type { UploadItem } from './upload-queue';

/**
 * The files of the draft: name, size, where each stands (waiting, a progress bar while it
 * uploads, stored, refused and why), and a named button to take it out.
 */
@Component({
  selector: 'app-upload-list',
  imports: [MatButton, MatProgressBar, TranslatePipe, FileSizePipe],
  template: `
    @if (items().length > 0) {
      <ul class="files" [attr.aria-label]="'parcels.upload.listLabel' | translate">
        @for (item of items(); track item.key) {
          <li
            class="file"
            [class.file-refused]="item.status === 'refused'"
            [attr.data-status]="item.status"
            data-testid="send-file"
          >
            <div class="file-head">
              <span class="file-name" data-testid="send-file-name">{{ item.file.name }}</span>
              <span class="file-size">{{ item.file.size | fileSize }}</span>
            </div>
            <p class="file-status" data-testid="send-file-status">
              @switch (item.status) {
                @case ('waiting') {
                  {{ 'parcels.upload.status.waiting' | translate }}
                }
                @case ('uploading') {
                  @if (item.percent < 100) {
                    {{ 'parcels.upload.status.uploading' | translate: { percent: item.percent } }}
                  } @else {
                    {{ 'parcels.upload.status.checking' | translate }}
                  }
                }
                @case ('stored') {
                  {{ 'parcels.upload.status.stored' | translate }}
                }
                @case ('removing') {
                  {{ 'parcels.upload.status.removing' | translate }}
                }
                @case ('refused') {
                  {{
                    'parcels.upload.status.refused'
                      | translate: { reason: (item.reason ?? 'errors.unknown' | translate) }
                  }}
                }
              }
              @if (item.status === 'stored' && item.reason) {
                <span class="file-problem">{{ item.reason | translate }}</span>
              }
            </p>
            @if (item.status === 'uploading') {
              <mat-progress-bar
                mode="determinate"
                [value]="item.percent"
                [attr.aria-label]="
                  'parcels.upload.progressLabel' | translate: { name: item.file.name }
                "
                data-testid="send-file-progress"
              />
            }
            <div class="file-actions">
              @if (item.status === 'refused' && item.retryable) {
                <button
                  mat-button
                  type="button"
                  (click)="retry.emit(item.key)"
                  [attr.aria-label]="
                    'parcels.upload.retryLabel' | translate: { name: item.file.name }
                  "
                  data-testid="send-file-retry"
                >
                  {{ 'parcels.upload.retry' | translate }}
                </button>
              }
              <button
                mat-button
                type="button"
                [disabled]="item.status === 'removing' || disabled()"
                (click)="remove.emit(item.key)"
                [attr.aria-label]="
                  'parcels.upload.removeLabel' | translate: { name: item.file.name }
                "
                data-testid="send-file-remove"
              >
                {{ 'parcels.upload.remove' | translate }}
              </button>
            </div>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .files {
      margin: 1rem 0;
      padding: 0;
      list-style: none;
    }

    .file {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }

    .file-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
      min-width: 0;
    }

    .file-name {
      font-weight: 500;
      overflow-wrap: anywhere;
    }

    .file-size,
    .file-status {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }

    .file-status {
      grid-column: 1;
      margin: 0;
    }

    .file-refused .file-status,
    .file-problem {
      color: var(--mat-sys-error);
    }

    .file-problem {
      display: block;
    }

    mat-progress-bar {
      grid-column: 1;
    }

    .file-actions {
      grid-column: 2;
      grid-row: 1 / span 3;
      align-self: center;
      display: flex;
      gap: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UploadList {
  readonly items = input.required<readonly UploadItem[]>();
  /** While the parcel is being sent, nothing may be taken out. */
  readonly disabled = input(false);
  readonly remove = output<number>();
  readonly retry = output<number>();
}
