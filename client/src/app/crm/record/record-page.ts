import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type CrmContactSummary,
  type CrmOwnerKind,
  type CrmRemark,
  type CrmSubRecords,
  type MarketingOptOut,
  Role,
} from '@guichet/contracts';
import { distinctUntilChanged, map } from 'rxjs';
import { errorMessageKey } from '../../core/http/api-error';
import { LocalizedDatePipe, TranslatePipe, type TranslationKey, Translator } from '../../core/i18n';
import type { Message } from '../../shared/problem-box/problem-box';
import { SessionStore } from '../../core/session/session-store';
import { type CrmDetails, CrmApi } from '../crm-api';
import { rowName } from '../crm-row';
import { LEAD_STATUS_KEYS } from '../crm-wording';
import { CrmTable } from '../lists/crm-table';
import { OptOutPanel } from '../marketing/opt-out-panel';
import { RecordForm } from '../record-form/record-form';
import { RemarksSection } from '../remarks/remarks-section';
import { ConfirmedDelete } from './confirmed-delete';
import { RecordAdminActions } from './record-admin-actions';
import { RecordSubRecords } from './record-sub-records';

type CrmRecord = CrmDetails[CrmOwnerKind];

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly record: CrmRecord }
  | { readonly kind: 'failed'; readonly reason: TranslationKey };

/** Where "Retour à la liste" leads from each kind of record. */
const LIST_PATHS: Readonly<Record<CrmOwnerKind, string>> = {
  company: '/crm/companies',
  contact: '/crm/contacts',
  lead: '/crm/leads',
};

const KIND_KEYS: Readonly<Record<CrmOwnerKind, TranslationKey>> = {
  company: 'crm.record.kind.company',
  contact: 'crm.record.kind.contact',
  lead: 'crm.record.kind.lead',
};

/**
 * `/crm/companies/:id`, `/crm/contacts/:id`, `/crm/leads/:id`: the record (« consultation d'une
 * société, d'un contact ou d'un lead »), its marketing opt-out with provenance, a company's
 * contacts with their marks, its addresses, phones, e-mails, communications, opportunities,
 * documents and remarks (with the guidance of GDPR-7); and, for admins, the place of « Effacer
 * les données » and « Exporter ».
 */
@Component({
  selector: 'app-record-page',
  imports: [
    MatAnchor,
    MatButton,
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    CrmTable,
    OptOutPanel,
    RemarksSection,
    RecordSubRecords,
    RecordAdminActions,
    RecordForm,
    ConfirmedDelete,
  ],
  templateUrl: './record-page.html',
  styleUrl: './record-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordPage {
  private readonly api = inject(CrmApi);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly session = inject(SessionStore).session;
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);

  protected readonly kind: CrmOwnerKind = this.route.snapshot.data['kind'];
  protected readonly listPath = LIST_PATHS[this.kind];
  protected readonly kindKey = KIND_KEYS[this.kind];
  protected readonly statusKeys = LEAD_STATUS_KEYS;
  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly record = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.record : null;
  });
  protected readonly company = computed(() => {
    const record = this.record();
    return record && 'contacts' in record ? record : null;
  });
  protected readonly person = computed(() => {
    const record = this.record();
    return record && 'lastName' in record ? record : null;
  });
  protected readonly name = computed(() => {
    const record = this.record();
    return record ? rowName(record) : '';
  });
  protected readonly isAdmin = computed(() => this.session()?.account.role === Role.Admin);
  /** What the last change of the record's fields came to. */
  protected readonly outcome = signal<Message | null>(null);
  /** Deletes this record and all that hangs off it (an ERP third party: 409 `CRM_ERP_LINKED`). */
  protected readonly deleteRecord = () => this.api.remove(this.kind, this.id);
  private id = '';

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('id') ?? ''),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((id) => {
        this.id = id;
        this.load();
      });
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.outcome.set(null);
    this.api
      .record(this.kind, this.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (record) => this.state.set({ kind: 'ready', record }),
        error: (error: unknown) =>
          this.state.set({ kind: 'failed', reason: errorMessageKey(error) }),
      });
  }

  protected failure(): TranslationKey {
    const state = this.state();
    return state.kind === 'failed' ? state.reason : 'errors.unknown';
  }

  /**
   * The option changed. A company's contacts changed with it on the server (cascade, or lifting
   * of the cascaded ones only): read them again rather than guess.
   */
  protected optOutChanged(optOut: MarketingOptOut | null): void {
    this.update({ marketingOptOut: optOut });
    if (this.kind === 'company') this.reloadContacts();
  }

  /** A contact added to this company: listed as the server holds it (opted out with it, maybe). */
  protected contactAdded(): void {
    this.reloadContacts();
  }

  private reloadContacts(): void {
    this.api
      .record('company', this.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (company) => this.update({ contacts: company.contacts }) });
  }

  /** The fields changed: the server's answer is the whole record, as it now holds it. */
  protected edited(record: CrmRecord): void {
    this.state.set({ kind: 'ready', record });
    this.outcome.set({ key: 'crm.record.edited' });
  }

  /** The record is gone: back to its list, which says so. */
  protected deleted(): void {
    this.snackBar.open(this.translator.t('crm.record.deleted', { name: this.name() }), undefined, {
      duration: 10_000,
    });
    void this.router.navigateByUrl(this.listPath);
  }

  protected subRecordsChanged(changes: Partial<CrmSubRecords>): void {
    this.update(changes);
  }

  protected remarksChanged(remarks: readonly CrmRemark[]): void {
    this.update({ remarks: [...remarks] });
  }

  protected contacts(): readonly CrmContactSummary[] {
    return this.company()?.contacts ?? [];
  }

  private update(changes: Partial<CrmRecord> & Partial<{ contacts: CrmContactSummary[] }>): void {
    const state = this.state();
    if (state.kind !== 'ready') return;
    this.state.set({ kind: 'ready', record: { ...state.record, ...changes } as CrmRecord });
  }
}
