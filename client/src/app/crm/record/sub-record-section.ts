import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, contentChild, input } from '@angular/core';
import type { CrmSubRecords } from '@guichet/contracts';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { SubRecordItem } from './sub-record-item';

/** The lists of a record page drawn by `SubRecordSection` (remarks have their own section). */
export type SubRecordList = Exclude<keyof CrmSubRecords, 'remarks'>;

interface ListWording {
  readonly heading: TranslationKey;
  readonly empty: TranslationKey;
}

const WORDING: Readonly<Record<SubRecordList, ListWording>> = {
  addresses: { heading: 'crm.record.addresses.heading', empty: 'crm.record.addresses.empty' },
  phones: { heading: 'crm.record.phones.heading', empty: 'crm.record.phones.empty' },
  emails: { heading: 'crm.record.emails.heading', empty: 'crm.record.emails.empty' },
  communications: {
    heading: 'crm.record.communications.heading',
    empty: 'crm.record.communications.empty',
  },
  opportunities: {
    heading: 'crm.record.opportunities.heading',
    empty: 'crm.record.opportunities.empty',
  },
  documents: { heading: 'crm.record.documents.heading', empty: 'crm.record.documents.empty' },
};

/**
 * One titled list of a record page (its addresses, phones, ...): the heading that names the
 * region, one item per entry drawn by the projected `<ng-template [appSubRecordItem]>`, the words
 * for an empty list, then whatever else is projected (the form that adds to it).
 */
@Component({
  selector: 'app-sub-record-section',
  imports: [NgTemplateOutlet, TranslatePipe],
  template: `
    <section [attr.aria-labelledby]="list() + '-heading'" [attr.data-testid]="'crm-' + list()">
      <h2 [id]="list() + '-heading'">{{ wording().heading | translate }}</h2>
      <ul>
        @for (entry of item().items(); track entry.id) {
          <li>
            <ng-container *ngTemplateOutlet="item().template; context: { $implicit: entry }" />
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

  protected readonly item = contentChild.required(SubRecordItem);

  protected readonly wording = computed(() => WORDING[this.list()]);
}
