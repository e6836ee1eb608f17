import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import {
  CRM_LEAD_STATUSES,
  type CrmCriteria,
  type CrmLeadStatus,
  type CrmListQuery,
  type CrmTargetEntity,
} from '@guichet/contracts';
import { debounceTime, map, merge } from 'rxjs';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import { ListFooter } from '../../shared/paging/list-footer';
import { PagedList } from '../../shared/paging/paged-list';
import { CrmApi } from '../crm-api';
import { type CrmRow, rowLink } from '../crm-row';
import { LEAD_STATUS_KEYS } from '../crm-wording';
import { CrmPreferencesStore } from '../marketing/crm-preferences-store';
import { MarketingPreference } from '../marketing/marketing-preference';
import { RecordForm } from '../record-form/record-form';
import { SaveTargetGroup } from '../target-groups/save-target-group';
import { CrmTable } from './crm-table';

/** Typing pauses this long before the search goes to the server. */
export const CRM_SEARCH_DEBOUNCE_MS = 300;

/** The heading and intro of each list screen. */
const SCREENS: Readonly<
  Record<CrmTargetEntity, { heading: TranslationKey; intro?: TranslationKey }>
> = {
  company: { heading: 'crm.companies.heading' },
  contact: { heading: 'crm.contacts.heading' },
  lead: { heading: 'crm.leads.heading' },
  'third-party': { heading: 'crm.thirdParties.heading', intro: 'crm.thirdParties.intro' },
};

/** The text criteria of the advanced search (`CrmCriteria`), with their labels and limits. */
const TEXT_FIELDS = [
  { name: 'name', label: 'crm.search.name', maxLength: 200 },
  { name: 'email', label: 'crm.search.email', maxLength: 200 },
  { name: 'phone', label: 'crm.search.phone', maxLength: 40 },
  { name: 'city', label: 'crm.search.city', maxLength: 100 },
  { name: 'postalCode', label: 'crm.search.postalCode', maxLength: 20 },
] as const satisfies readonly {
  name: keyof CrmCriteria;
  label: TranslationKey;
  maxLength: number;
}[];

const sameQuery = (a: CrmListQuery, b: CrmListQuery) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `/crm/companies`, `/crm/contacts`, `/crm/leads`, `/crm/third-parties` (GDPR-1, seed 002): the
 * simple search as one types, the advanced search on request, the "Exclure des traitements à des
 * fins marketing" box ticked by default when the user's preference says so, the rows with their
 * opt-out mark, fifty at a time; the marketing export (CSV) of the criteria and their saving as a
 * target group, both without opted-out relations whatever the box says (the server sees to it).
 */
@Component({
  selector: 'app-crm-list-page',
  imports: [
    ReactiveFormsModule,
    MatAnchor,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    TranslatePipe,
    CrmTable,
    ListFooter,
    MarketingPreference,
    SaveTargetGroup,
    RecordForm,
  ],
  templateUrl: './crm-list-page.html',
  styleUrl: './crm-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrmListPage {
  private readonly api = inject(CrmApi);
  private readonly preferences = inject(CrmPreferencesStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);
  private readonly router = inject(Router);

  protected readonly entity: CrmTargetEntity = inject(ActivatedRoute).snapshot.data['entity'];
  /** Third parties come from the ERP: they are not created here. */
  protected readonly creatable = this.entity === 'third-party' ? null : this.entity;
  protected readonly screen = SCREENS[this.entity];
  protected readonly textFields = TEXT_FIELDS;
  protected readonly statuses = CRM_LEAD_STATUSES;
  protected readonly statusKeys = LEAD_STATUS_KEYS;

  protected readonly filters = this.fb.group({
    q: [''],
    name: [''],
    email: [''],
    phone: [''],
    city: [''],
    postalCode: [''],
    status: this.fb.control<CrmLeadStatus | ''>(''),
    excludeMarketingOptOut: [false],
  });
  protected readonly advanced = signal(false);
  /** Whether the shown rows left opted-out relations out (the box as the server applied it). */
  protected readonly excluded = signal(false);
  /** The criteria of the shown rows, for the export and the target group. */
  protected readonly criteria = signal<CrmCriteria>({});
  protected readonly exportUrl = computed(() =>
    this.api.marketingExportUrl(this.entity, this.criteria()),
  );

  protected readonly list = new PagedList<CrmListQuery, CrmRow, number>(
    (query, page) =>
      this.api.list(this.entity, page === null ? query : { ...query, page }).pipe(
        map((answer) => {
          if (page === null) this.showApplied(answer.excludedMarketingOptOut);
          const next = answer.page * answer.pageSize < answer.total ? answer.page + 1 : null;
          return { items: answer.items, next, total: answer.total };
        }),
      ),
    this.destroyRef,
  );
  private query: CrmListQuery | null = null;

  constructor() {
    const { excludeMarketingOptOut, status, ...text } = this.filters.controls;
    // Typing waits for a pause; a tick or a choice searches at once.
    merge(
      merge(...Object.values(text).map((control) => control.valueChanges)).pipe(
        debounceTime(CRM_SEARCH_DEBOUNCE_MS),
      ),
      excludeMarketingOptOut.valueChanges,
      status.valueChanges,
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.searchIfChanged());
    void this.preferences.load().then((preferred) => {
      const box = this.filters.controls.excludeMarketingOptOut;
      // Ticked or unticked by the user before the preference came: their choice stands.
      if (box.dirty) return;
      // Unknown preference: the server applies it and its answer ticks the box (showApplied).
      if (preferred !== null) {
        box.setValue(preferred, { emitEvent: false });
      }
      this.search(this.currentQuery(preferred !== null));
    });
  }

  /** Enter, or the search button: no need to wait for the pause. */
  protected searchNow(): void {
    this.searchIfChanged();
  }

  /** A record just created opens, to add its addresses, phones, e-mails… */
  protected opened(record: { id: string }): void {
    void this.router.navigate(rowLink(this.entity, record));
  }

  protected toggleAdvanced(): void {
    this.advanced.update((shown) => !shown);
  }

  protected clearAdvanced(): void {
    this.filters.patchValue({
      name: '',
      email: '',
      phone: '',
      city: '',
      postalCode: '',
      status: '',
    });
  }

  private searchIfChanged(): void {
    const query = this.currentQuery(true);
    if (!this.query || !sameQuery(query, this.query)) this.search(query);
  }

  private search(query: CrmListQuery): void {
    this.query = query;
    const { excludeMarketingOptOut: _, ...criteria } = query;
    this.criteria.set(criteria);
    this.list.search(query);
  }

  private showApplied(excluded: boolean): void {
    this.excluded.set(excluded);
    this.filters.controls.excludeMarketingOptOut.setValue(excluded, { emitEvent: false });
    if (this.query) this.query = { ...this.query, excludeMarketingOptOut: excluded };
  }

  /** The query the form describes; the box is sent once the screen knows its state. */
  private currentQuery(withBox: boolean): CrmListQuery {
    const { excludeMarketingOptOut, status, ...text } = this.filters.getRawValue();
    const query: CrmListQuery = {};
    for (const [name, value] of Object.entries(text)) {
      const trimmed = value.trim();
      if (trimmed) query[name as keyof typeof text] = trimmed;
    }
    if (status && this.entity === 'lead') query.status = status;
    if (withBox) query.excludeMarketingOptOut = excludeMarketingOptOut;
    return query;
  }
}
