import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type {
  CrmAddress,
  CrmEmail,
  CrmOwnerKind,
  CrmPhone,
  CrmSubRecords,
} from '@guichet/contracts';
import { LocalizedDatePipe, TranslatePipe, Translator } from '../../core/i18n';
import { displayPhone } from '../../shared/format/phone-display';
import { formatBytes } from '../../parcels/parcel-format';
import { CrmApi } from '../crm-api';
import { ContactPointForm } from './contact-point-form';
import { CHANNEL_KEYS, DIRECTION_KEYS, STAGE_KEYS } from '../crm-wording';

/**
 * What hangs off a company, contact or lead (seed 002: « adresses, téléphones, e-mails,
 * communications, opportunités et documents »), each in its own titled list.
 */
@Component({
  selector: 'app-record-sub-records',
  imports: [TranslatePipe, LocalizedDatePipe, ContactPointForm],
  template: `
    <div class="sub-records">
      <section aria-labelledby="addresses-heading" data-testid="crm-addresses">
        <h2 id="addresses-heading">{{ 'crm.record.addresses.heading' | translate }}</h2>
        @for (address of records().addresses; track address.id) {
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
        } @empty {
          <p class="empty">{{ 'crm.record.addresses.empty' | translate }}</p>
        }
        <app-contact-point-form
          [kind]="kind()"
          [recordId]="recordId()"
          which="addresses"
          (added)="addAddress($event)"
        />
      </section>

      <section aria-labelledby="phones-heading" data-testid="crm-phones">
        <h2 id="phones-heading">{{ 'crm.record.phones.heading' | translate }}</h2>
        <ul>
          @for (phone of records().phones; track phone.id) {
            <li>
              @if (phone.label) {
                <span class="label">{{ phone.label }}</span>
              }
              <a [href]="'tel:' + phone.number">{{ display(phone.number) }}</a>
            </li>
          } @empty {
            <li class="empty">{{ 'crm.record.phones.empty' | translate }}</li>
          }
        </ul>
        <app-contact-point-form
          [kind]="kind()"
          [recordId]="recordId()"
          which="phones"
          (added)="addPhone($event)"
        />
      </section>

      <section aria-labelledby="emails-heading" data-testid="crm-emails">
        <h2 id="emails-heading">{{ 'crm.record.emails.heading' | translate }}</h2>
        <ul>
          @for (email of records().emails; track email.id) {
            <li>
              @if (email.label) {
                <span class="label">{{ email.label }}</span>
              }
              <a [href]="'mailto:' + email.address">{{ email.address }}</a>
            </li>
          } @empty {
            <li class="empty">{{ 'crm.record.emails.empty' | translate }}</li>
          }
        </ul>
        <app-contact-point-form
          [kind]="kind()"
          [recordId]="recordId()"
          which="emails"
          (added)="addEmail($event)"
        />
      </section>

      <section aria-labelledby="communications-heading" data-testid="crm-communications">
        <h2 id="communications-heading">{{ 'crm.record.communications.heading' | translate }}</h2>
        <ul>
          @for (communication of records().communications; track communication.id) {
            <li>
              <time [attr.datetime]="communication.occurredAt">{{
                communication.occurredAt | localizedDate: 'short'
              }}</time>
              — {{ directionKeys[communication.direction] | translate }},
              {{ channelKeys[communication.channel] | translate }} :
              <strong>{{ communication.subject }}</strong>
              @if (communication.summary) {
                <p class="summary">{{ communication.summary }}</p>
              }
            </li>
          } @empty {
            <li class="empty">{{ 'crm.record.communications.empty' | translate }}</li>
          }
        </ul>
      </section>

      <section aria-labelledby="opportunities-heading" data-testid="crm-opportunities">
        <h2 id="opportunities-heading">{{ 'crm.record.opportunities.heading' | translate }}</h2>
        <ul>
          @for (opportunity of records().opportunities; track opportunity.id) {
            <li>
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
            </li>
          } @empty {
            <li class="empty">{{ 'crm.record.opportunities.empty' | translate }}</li>
          }
        </ul>
      </section>

      <section aria-labelledby="documents-heading" data-testid="crm-documents">
        <h2 id="documents-heading">{{ 'crm.record.documents.heading' | translate }}</h2>
        <ul>
          @for (document of records().documents; track document.id) {
            <li>
              <a
                [href]="documentUrl(document.id)"
                download
                [attr.aria-label]="
                  'crm.record.documents.download' | translate: { name: document.name }
                "
                >{{ document.name }}</a
              >
              ({{ size(document.size) }}, {{ document.createdAt | localizedDate: 'mediumDate' }})
            </li>
          } @empty {
            <li class="empty">{{ 'crm.record.documents.empty' | translate }}</li>
          }
        </ul>
      </section>
    </div>
  `,
  styles: `
    .sub-records {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 0 2rem;
    }

    h2 {
      font: var(--mat-sys-title-large);
    }

    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li,
    address {
      margin: 0 0 0.5rem;
      font-style: normal;
      overflow-wrap: anywhere;
    }

    .label {
      margin-right: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .summary {
      margin: 0.25rem 0 0;
      white-space: pre-wrap;
    }

    .empty {
      color: var(--mat-sys-on-surface-variant);
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

  protected addAddress(address: CrmAddress): void {
    this.recordsChange.emit({ addresses: [...this.records().addresses, address] });
  }

  protected addPhone(phone: CrmPhone): void {
    this.recordsChange.emit({ phones: [...this.records().phones, phone] });
  }

  protected addEmail(email: CrmEmail): void {
    this.recordsChange.emit({ emails: [...this.records().emails, email] });
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
