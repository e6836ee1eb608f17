import type { Row } from './erasure-plan';
import type { ErasureSubject } from './erasure-subjects';

/** The ERP third party a record is linked to (its external reference), or null. */
export function erpReferenceOf(subject: ErasureSubject, row: Row): string | null {
  if (!subject.erpReferenceColumn) return null;
  const reference = row[subject.erpReferenceColumn];
  return typeof reference === 'string' && reference.trim() ? reference.trim() : null;
}
