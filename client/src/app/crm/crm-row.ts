import type {
  CrmCompanySummary,
  CrmContactSummary,
  CrmLeadSummary,
  CrmTargetEntity,
} from '@guichet/contracts';

/** One line of a CRM list, whichever the entity: the lists share their table. */
export type CrmRow = CrmCompanySummary | CrmContactSummary | CrmLeadSummary;

/** A person's or a company's name as a list or a record page shows it. */
export function rowName(
  row: { name: string } | { firstName: string | null; lastName: string },
): string {
  return 'name' in row ? row.name : [row.firstName, row.lastName].filter(Boolean).join(' ');
}

/** The record page of a row: third parties are companies. */
export function rowLink(entity: CrmTargetEntity, row: { readonly id: string }): string[] {
  const path = {
    company: 'companies',
    'third-party': 'companies',
    contact: 'contacts',
    lead: 'leads',
  };
  return ['/crm', path[entity], row.id];
}
