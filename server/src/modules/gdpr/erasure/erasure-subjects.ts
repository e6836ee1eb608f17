import { type ErasureSubjectKind, Role } from '@guichet/contracts';
import type { Row } from './erasure-plan';

/**
 * Where each kind of person lives and how the admin recognises it: the root table of the walk,
 * the label of the preview, the text to type to confirm, and whether a row of the table is one
 * of this kind. Everything else the erasure reaches comes from the registry.
 */
export interface ErasureSubject {
  readonly kind: ErasureSubjectKind;
  readonly table: string;
  label(row: Row): string;
  /** What the admin types: an identifier they can read on the preview, unique enough. */
  confirmation(row: Row): string;
  /** False for a row of the table that is not this kind (an admin in `account`). */
  accepts(row: Row): boolean;
  /** The column holding the ERP third party's reference, for kinds the ERP may own. */
  readonly erpReferenceColumn?: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const joined = (...parts: unknown[]) => parts.map(text).filter(Boolean).join(' ');

export const ERASURE_SUBJECTS: Readonly<Record<ErasureSubjectKind, ErasureSubject>> = {
  client: {
    kind: 'client',
    table: 'account',
    label: (row) => joined(row.first_name, row.last_name),
    confirmation: (row) => text(row.access_code),
    // Staff and admins are people of the firm, not its clients: their accounts are closed, not erased.
    accepts: (row) => row.role === Role.Client,
  },
  company: {
    kind: 'company',
    table: 'crm_company',
    label: (row) => text(row.name),
    confirmation: (row) => text(row.name),
    accepts: () => true,
    erpReferenceColumn: 'erp_reference',
  },
  contact: {
    kind: 'contact',
    table: 'crm_contact',
    label: (row) => joined(row.first_name, row.last_name),
    confirmation: (row) => joined(row.first_name, row.last_name),
    accepts: () => true,
  },
  lead: {
    kind: 'lead',
    table: 'crm_lead',
    label: (row) => joined(row.first_name, row.last_name, row.company_name),
    confirmation: (row) => joined(row.first_name, row.last_name, row.company_name),
    accepts: () => true,
  },
};

/** Tables whose rows are people in their own right: value matching never erases them. */
export const PERSON_TABLES: ReadonlySet<string> = new Set(
  Object.values(ERASURE_SUBJECTS).map((subject) => subject.table),
);
