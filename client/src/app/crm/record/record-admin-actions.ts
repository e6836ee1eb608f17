import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CrmOwnerKind } from '@guichet/contracts';

/**
 * The admin-only place of a record page for the erasure branch's « Effacer les données » and
 * « Exporter » (GDPR-2, GDPR-4): the record page shows it to admins only (the server checks the
 * role anyway). Wired at the merge of the erasure work, which puts its components in this
 * template with `kind()` and `recordId()`.
 */
@Component({
  selector: 'app-record-admin-actions',
  host: { 'data-testid': 'crm-erasure-slot' },
  template: ``,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordAdminActions {
  readonly kind = input.required<CrmOwnerKind>();
  readonly recordId = input.required<string>();
}
