import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { CrmOwnerKind, CrmRemark } from '@guichet/contracts';
import { LocalizedDatePipe, TranslatePipe } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { CrmApi } from '../crm-api';
import { ConfirmedDelete } from '../record/confirmed-delete';
import { RemarkEditor } from './remark-editor';
import type { Observable } from 'rxjs';

/**
 * The remarks of a record, newest first, each one rewritable or deleted (once confirmed), and the
 * editor of a new one.
 */
@Component({
  selector: 'app-remarks-section',
  imports: [MatButton, TranslatePipe, LocalizedDatePipe, RemarkEditor, ConfirmedDelete],
  template: `
    <section aria-labelledby="remarks-heading" data-testid="crm-remarks">
      <h2 id="remarks-heading">{{ 'crm.remarks.heading' | translate }}</h2>
      @if (remarks().length === 0) {
        <p class="remarks-empty">{{ 'crm.remarks.empty' | translate }}</p>
      } @else {
        <ul class="remarks">
          @for (remark of remarks(); track remark.id) {
            <li data-testid="crm-remark">
              @if (editing() === remark.id) {
                <app-remark-editor
                  [kind]="kind()"
                  [recordId]="recordId()"
                  [remark]="remark"
                  (saved)="replaced($event)"
                  (cancelled)="editing.set(null)"
                />
              } @else {
                <p class="remark-text">{{ remark.text }}</p>
                <p class="remark-meta">
                  @if (remark.author; as author) {
                    {{
                      'crm.remarks.by'
                        | translate
                          : { name: author.name, date: (remark.updatedAt | localizedDate: 'short') }
                    }}
                  } @else {
                    {{
                      'crm.remarks.byUnknown'
                        | translate: { date: (remark.updatedAt | localizedDate: 'short') }
                    }}
                  }
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="
                      'crm.remarks.editLabel'
                        | translate: { date: (remark.updatedAt | localizedDate: 'short') }
                    "
                    (click)="editing.set(remark.id)"
                    data-testid="crm-remark-edit"
                  >
                    {{ 'crm.remarks.edit' | translate }}
                  </button>
                </p>
                <app-confirmed-delete
                  [label]="{
                    key: 'crm.remarks.delete',
                    params: { date: (remark.updatedAt | localizedDate: 'short') },
                  }"
                  [question]="{ key: 'crm.remarks.deleteQuestion' }"
                  [request]="removal(remark.id)"
                  testId="crm-remark-delete"
                  (deleted)="removed(remark.id)"
                />
              }
            </li>
          }
        </ul>
      }
      <p role="status" data-testid="crm-remarks-outcome">
        @if (outcome(); as outcome) {
          {{ outcome.key | translate }}
        }
      </p>
      <h3>{{ 'crm.remarks.new' | translate }}</h3>
      <app-remark-editor [kind]="kind()" [recordId]="recordId()" (saved)="added($event)" />
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
    }

    h3 {
      font: var(--mat-sys-title-medium);
    }

    .remarks {
      margin: 0;
      padding: 0;
      list-style: none;

      li {
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }

    .remark-text {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }

    .remark-meta,
    .remarks-empty {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemarksSection {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  readonly remarks = input.required<readonly CrmRemark[]>();
  /** The remarks as they now are, newest first. */
  readonly remarksChange = output<readonly CrmRemark[]>();

  private readonly api = inject(CrmApi);
  protected readonly editing = signal<string | null>(null);
  protected readonly outcome = signal<Message | null>(null);

  protected added(remark: CrmRemark): void {
    this.remarksChange.emit([remark, ...this.remarks()]);
    this.outcome.set({ key: 'crm.remarks.saved' });
  }

  protected removal(remarkId: string): () => Observable<void> {
    return () => this.api.removeSubRecord(this.kind(), this.recordId(), 'remarks', remarkId);
  }

  protected removed(remarkId: string): void {
    this.remarksChange.emit(this.remarks().filter((remark) => remark.id !== remarkId));
    this.outcome.set({ key: 'crm.remarks.deleted' });
  }

  protected replaced(remark: CrmRemark): void {
    this.editing.set(null);
    this.remarksChange.emit(this.remarks().map((r) => (r.id === remark.id ? remark : r)));
    this.outcome.set({ key: 'crm.remarks.saved' });
  }
}
