import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type {
  CrmCommunication,
  CrmDocument,
  CrmOpportunity,
  CrmOwnerKind,
  CrmSubRecords,
} from '@guichet/contracts';
import type { Observable } from 'rxjs';
import { LocalizedDatePipe, TranslatePipe, Translator } from '../../core/i18n';
import { displayPhone } from '../../shared/format/phone-display';
import { formatBytes } from '../../parcels/parcel-format';
import { CrmApi, type DeletableSubRecord } from '../crm-api';
import { CommunicationForm } from './communication-form';
import { DocumentUpload } from './document-upload';
import { OpportunityForm } from './opportunity-form';
import { ContactPointForm, describeContactPoint } from './contact-point-form';
import { type Identified, SubRecordItem } from './sub-record-item';
import { type SubRecordList, SubRecordSection } from './sub-record-section';
import { CHANNEL_KEYS, DIRECTION_KEYS, STAGE_KEYS } from '../crm-wording';

/**
 * What hangs off a company, contact or lead (seed 002: « adresses, téléphones, e-mails,
 * communications, opportunités et documents »), each in its own titled list.
 */
@Component({
  selector: 'app-record-sub-records',
  imports: [
    TranslatePipe,
    LocalizedDatePipe,
    ContactPointForm,
    CommunicationForm,
    OpportunityForm,
    DocumentUpload,
    SubRecordSection,
    SubRecordItem,
  ],
  template: `
    <div class="sub-records">
      <app-sub-record-section
        list="addresses"
        [remove]="removal('addresses')"
        (removed)="removed('addresses', $event)"
      >
        <ng-template [appSubRecordItem]="records().addresses" [describe]="describe" let-address>
          <address>
            @if (address.label) {
              <strong>{{ address.label }}</strong><br />
            }
            {{ address.line1 }}<br />
            @if (address.line2) {
              {{ address.line2 }}<br />
            }
            {{ address.postalCode }} {{ address.city }}
            @if (address.country !== 'FR') {
              <br />{{ address.country }}
            }
          </address>
          <app-contact-point-form
            [kind]="kind()"
            [recordId]="recordId()"
            which="addresses"
            [point]="address"
            (saved)="replaced('addresses', $event)"
          />
        </ng-template>
        <app-contact-point-form
          [kind]="kind()"
          [recordId]="recordId()"
          which="addresses"
          (saved)="added('addresses', $event)"
        />
      </app-sub-record-section>

      <app-sub-record-section
        list="phones"
        [remove]="removal('phones')"
        (removed)="removed('phones', $event)"
      >
        <ng-template [appSubRecordItem]="records().phones" [describe]="describe" let-phone>
          @if (phone.label) {
            <span class="label">{{ phone.label }}</span>
          }
          <a [href]="'tel:' + phone.number">{{ display(phone.number) }}</a>
          <app-contact-point-form
            [kind]="kind()"
            [recordId]="recordId()"
            which="phones"
            [point]="phone"
            (saved)="replaced('phones', $event)"
          />
        </ng-template>
        <app-contact-point-form
          [kind]="kind()"
          [recordId]="recordId()"
          which="phones"
          (saved)="added('phones', $event)"
        />
      </app-sub-record-section>

      <app-sub-record-section
        list="emails"
        [remove]="removal('emails')"
        (removed)="removed('emails', $event)"
      >
        <ng-template [appSubRecordItem]="records().emails" [describe]="describe" let-email>
          @if (email.label) {
            <span class="label">{{ email.label }}</span>
          }
          <a [href]="'mailto:' + email.address">{{ email.address }}</a>
          <app-contact-point-form
            [kind]="kind()"
            [recordId]="recordId()"
            which="emails"
            [point]="email"
            (saved)="replaced('emails', $event)"
          />
        </ng-template>
        <app-contact-point-form
          [kind]="kind()"
          [recordId]="recordId()"
          which="emails"
          (saved)="added('emails', $event)"
        />
      </app-sub-record-section>

      <app-sub-record-section
        list="communications"
        [remove]="removal('communications')"
        (removed)="removed('communications', $event)"
      >
        <ng-template
          [appSubRecordItem]="communications()"
          [describe]="describeCommunication"
          let-communication
        >
          <time [attr.datetime]="communication.occurredAt">{{
            communication.occurredAt | localizedDate: 'short'
          }}</time>
          — {{ directionKeys[communication.direction] | translate }},
          {{ channelKeys[communication.channel] | translate }} :
          <strong>{{ communication.subject }}</strong>
          @if (communication.summary) {
            <p class="summary">{{ communication.summary }}</p>
          }
        </ng-template>
        <app-communication-form
          [kind]="kind()"
          [recordId]="recordId()"
          (saved)="added('communications', $event)"
        />
      </app-sub-record-section>

      <app-sub-record-section
        list="opportunities"
        [remove]="removal('opportunities')"
        (removed)="removed('opportunities', $event)"
      >
        <ng-template
          [appSubRecordItem]="records().opportunities"
          [describe]="describeOpportunity"
          let-opportunity
        >
          <strong>{{ opportunity.title }}</strong> —
          {{ stageKeys[opportunity.stage] | translate }}
          @if (opportunity.amountCents !== null) {
            — {{ amount(opportunity.amountCents) }}
          }
          @if (opportunity.expectedCloseOn; as closeOn) {
            —
            {{
              'crm.opportunity.closeOn'
                | translate: { date: (closeOn | localizedDate: 'mediumDate') }
            }}
          }
          <app-opportunity-form
            [kind]="kind()"
            [recordId]="recordId()"
            [opportunity]="opportunity"
            (saved)="replaced('opportunities', $event)"
          />
        </ng-template>
        <app-opportunity-form
          [kind]="kind()"
          [recordId]="recordId()"
          (saved)="added('opportunities', $event)"
        />
      </app-sub-record-section>

      <app-sub-record-section
        list="documents"
        [remove]="removal('documents')"
        (removed)="removed('documents', $event)"
      >
        <ng-template
          [appSubRecordItem]="records().documents"
          [describe]="describeDocument"
          let-document
        >
          <a
            [href]="documentUrl(document.id)"
            download
            [attr.aria-label]="'crm.record.documents.download' | translate: { name: document.name }"
            >{{ document.name }}</a
          >
          ({{ size(document.size) }}, {{ document.createdAt | localizedDate: 'mediumDate' }})
        </ng-template>
        <app-document-upload
          [kind]="kind()"
          [recordId]="recordId()"
          (uploaded)="added('documents', $event)"
        />
      </app-sub-record-section>
    </div>
  `,
  styles: `
    .sub-records {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 0 2rem;
    }

    address {
      font-style: normal;
    }

    .label {
      margin-right: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .summary {
      margin: 0.25rem 0 0;
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordSubRecords {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  readonly records = input.required<CrmSubRecords>();
  /** A list that changed, as it now is. */
  readonly recordsChange = output<Partial<CrmSubRecords>>();

  private readonly api = inject(CrmApi);
  private readonly translator = inject(Translator);
  protected readonly directionKeys = DIRECTION_KEYS;
  protected readonly channelKeys = CHANNEL_KEYS;
  protected readonly stageKeys = STAGE_KEYS;

  protected readonly describe = describeContactPoint;
  protected readonly describeCommunication = (communication: CrmCommunication) =>
    communication.subject;
  protected readonly describeOpportunity = (opportunity: CrmOpportunity) => opportunity.title;
  protected readonly describeDocument = (document: CrmDocument) => document.name;
  /** The communications newest first: the last exchange is what one looks for. */
  protected readonly communications = computed(() =>
    [...this.records().communications].sort(
      (a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt),
    ),
  );

  /** A new entry goes last, as the server lists them (oldest first). */
  protected added(which: SubRecordList, entry: Identified): void {
    const list: readonly Identified[] = this.records()[which];
    this.recordsChange.emit({ [which]: [...list, entry] });
  }

  protected replaced(which: SubRecordList, entry: Identified): void {
    const list: readonly Identified[] = this.records()[which];
    this.recordsChange.emit({ [which]: list.map((old) => (old.id === entry.id ? entry : old)) });
  }

  /** What deletes an entry of the list on the server. */
  protected removal(which: DeletableSubRecord): (itemId: string) => Observable<void> {
    return (itemId) => this.api.removeSubRecord(this.kind(), this.recordId(), which, itemId);
  }

  protected removed(which: DeletableSubRecord, itemId: string): void {
    const list: readonly Identified[] = this.records()[which];
    this.recordsChange.emit({ [which]: list.filter((entry) => entry.id !== itemId) });
  }

  protected display(number: string): string {
    return displayPhone(number) ?? number;
  }

  protected amount(cents: number): string {
    return new Intl.NumberFormat(this.translator.language(), {
      style: 'currency',
      currency: 'EUR',
    }).format(cents / 100);
  }

  protected size(bytes: number): string {
    return formatBytes(bytes, this.translator.language());
  }

  protected documentUrl(documentId: string): string {
    return this.api.documentUrl(this.kind(), this.recordId(), documentId);
  }
}
