import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { CrmOwnerKind, ErasureResult } from '@guichet/contracts';
import { Translator } from '../../core/i18n';
import { EraseData } from '../../admin/gdpr/erase-data';
import { ExportData } from '../../admin/gdpr/export-data';

/** Where each kind's list is, to go back to once the record is erased. */
const LIST_OF: Readonly<Record<CrmOwnerKind, string>> = {
  company: '/crm/companies',
  contact: '/crm/contacts',
  lead: '/crm/leads',
};

/**
 * The admin-only part of a record page: « Exporter » and « Effacer les données » (GDPR-2,
 * GDPR-4). The record page shows it to admins only; the server checks the role anyway. Once
 * erased, the record is gone (or anonymised), so the page goes back to its list with the tombstone's reference.
 */
@Component({
  selector: 'app-record-admin-actions',
  imports: [EraseData, ExportData],
  host: { 'data-testid': 'crm-erasure-slot' },
  template: `
    <app-export-data [subject]="subject()" />
    <app-erase-data [subject]="subject()" (erased)="leave($event)" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordAdminActions {
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
  protected readonly subject = computed(() => ({ kind: this.kind(), id: this.recordId() }));

  protected leave(result: ErasureResult): void {
    // The tombstone's reference goes with the page the admin lands on.
    const reference = result.tombstoneId;
    this.snackBar.open(this.translator.t('gdpr.erase.done', { reference }), undefined, {
      duration: 10_000,
    });
    void this.router.navigateByUrl(LIST_OF[this.kind()]);
  }
}
