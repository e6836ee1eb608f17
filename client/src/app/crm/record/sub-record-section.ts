import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  contentChild,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { CrmSubRecords } from '@guichet/contracts';
import { EMPTY, type Observable } from 'rxjs';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { ConfirmedDelete } from './confirmed-delete';
import { type Identified, SubRecordItem } from './sub-record-item';

/** The lists of a record page drawn by `SubRecordSection` (remarks have their own section). */
export type SubRecordList = Exclude<keyof CrmSubRecords, 'remarks'>;

interface ListWording {
  readonly heading: TranslationKey;
  readonly empty: TranslationKey;
  /** The name of an item's « Supprimer » button, and the question it asks; `{value}` the item. */
  readonly deleteLabel: TranslationKey;
  readonly deleteQuestion: TranslationKey;
}

const WORDING: Readonly<Record<SubRecordList, ListWording>> = {
  addresses: {
    heading: 'crm.record.addresses.heading',
    empty: 'crm.record.addresses.empty',
    deleteLabel: 'crm.record.addresses.delete',
    deleteQuestion: 'crm.record.addresses.deleteQuestion',
  },
  phones: {
    heading: 'crm.record.phones.heading',
    empty: 'crm.record.phones.empty',
    deleteLabel: 'crm.record.phones.delete',
    deleteQuestion: 'crm.record.phones.deleteQuestion',
  },
  emails: {
    heading: 'crm.record.emails.heading',
    empty: 'crm.record.emails.empty',
    deleteLabel: 'crm.record.emails.delete',
    deleteQuestion: 'crm.record.emails.deleteQuestion',
  },
  communications: {
    heading: 'crm.record.communications.heading',
    empty: 'crm.record.communications.empty',
    deleteLabel: 'crm.record.communications.delete',
    deleteQuestion: 'crm.record.communications.deleteQuestion',
  },
  opportunities: {
    heading: 'crm.record.opportunities.heading',
    empty: 'crm.record.opportunities.empty',
    deleteLabel: 'crm.record.opportunities.delete',
    deleteQuestion: 'crm.record.opportunities.deleteQuestion',
  },
  documents: {
    heading: 'crm.record.documents.heading',
    empty: 'crm.record.documents.empty',
    deleteLabel: 'crm.record.documents.delete',
    deleteQuestion: 'crm.record.documents.deleteQuestion',
  },
};

/**
 * One titled list of a record page (its addresses, phones, ...): the heading that names the
 * region, one item per entry drawn by the projected `<ng-template [appSubRecordItem]>`, the words
 * for an empty list, then whatever else is projected (the form that adds to it). Given
 * `[remove]`, each entry has a « Supprimer » that asks first, then says `(removed)` with its id.
 */
@Component({
  selector: 'app-sub-record-section',
  imports: [NgTemplateOutlet, TranslatePipe, ConfirmedDelete],
  template: `
    <section [attr.aria-labelledby]="list() + '-heading'" [attr.data-testid]="'crm-' + list()">
      <h2 #heading [id]="list() + '-heading'" tabindex="-1">
        {{ wording().heading | translate }}
      </h2>
      <ul>
        @for (entry of item().items(); track entry.id) {
          <li [attr.data-testid]="'crm-' + list() + '-item'">
            <ng-container *ngTemplateOutlet="item().template; context: { $implicit: entry }" />
            @if (remove()) {
              <app-confirmed-delete
                [label]="{ key: wording().deleteLabel, params: { value: described(entry) } }"
                [question]="{ key: wording().deleteQuestion, params: { value: described(entry) } }"
                [request]="removal(entry.id)"
                [testId]="'crm-delete-' + list()"
                (deleted)="deleted(entry.id)"
              />
            }
          </li>
        } @empty {
          <li class="empty">{{ wording().empty | translate }}</li>
        }
      </ul>
      <ng-content />
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
    }

    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }

    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubRecordSection {
  readonly list = input.required<SubRecordList>();
  /** Deletes one entry on the server, by id; none: the entries cannot be deleted here. */
  readonly remove = input<((itemId: string) => Observable<void>) | null>(null);
  /** The id of an entry the server deleted. */
  readonly removed = output<string>();

  protected readonly item = contentChild.required(SubRecordItem);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly injector = inject(Injector);

  protected readonly wording = computed(() => WORDING[this.list()]);

  protected described(entry: Identified): string {
    return this.item().describe()(entry);
  }

  /**
   * The entry and the button that had the focus are gone: the focus goes to the list's heading,
   * so that the keyboard and the screen reader carry on from there.
   */
  protected deleted(itemId: string): void {
    this.removed.emit(itemId);
    afterNextRender(
      { write: () => this.heading().nativeElement.focus() },
      { injector: this.injector },
    );
  }

  protected removal(itemId: string): () => Observable<void> {
    const remove = this.remove();
    return () => (remove ? remove(itemId) : EMPTY);
  }
}
