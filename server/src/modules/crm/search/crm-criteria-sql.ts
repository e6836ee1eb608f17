import type { CrmCriteria, CrmOwnerKind, CrmTargetEntity } from '@guichet/contracts';
import { ownerColumn } from '../crm-owner';
import { likeValue, nameSql } from '../crm-sql';

/** The table kind behind a searched entity: a third party is a company with an ERP reference. */
export function kindOf(entity: CrmTargetEntity): CrmOwnerKind {
  return entity === 'third-party' ? 'company' : entity;
}

/** A simple search made of digits and phone punctuation only. */
const PHONE_LIKE = /^\+?[\d\s.()-]*\d[\d\s.()-]*$/;

/** Digits of a phone search, a leading national 0 dropped so that "06 12" meets "+33612…". */
function phoneDigits(text: string): string {
  return text.replace(/\D/g, '').replace(/^0+/, '');
}

/**
 * The WHERE conditions of a search over `x` (a company, contact or lead row), its values bound
 * through `bind` (which answers the `$n` placeholder). Text matches ignore case and accents.
 */
export function criteriaSql(
  entity: CrmTargetEntity,
  criteria: CrmCriteria,
  excludeOptedOut: boolean,
  bind: (value: unknown) => string,
): string[] {
  const kind = kindOf(entity);
  const owner = ownerColumn(kind);
  // unaccent before lower: in a database of C collation lower() leaves "É" as it is, while
  // unaccent makes it "E", which any lower() folds.
  const like = (text: string) => `lower(unaccent(${bind(likeValue(text.toLowerCase()))}))`;
  const inSub = (table: string, condition: string) =>
    `EXISTS (SELECT 1 FROM ${table} s WHERE s.${owner} = x.id AND ${condition})`;
  const name = (text: string) => `lower(unaccent(${nameSql(kind)})) LIKE ${like(text)}`;
  const email = (text: string) => inSub('crm_email', `lower(s.address) LIKE ${like(text)}`);
  const city = (text: string) => inSub('crm_address', `lower(unaccent(s.city)) LIKE ${like(text)}`);
  const phone = (text: string) =>
    phoneDigits(text)
      ? inSub('crm_phone', `s.number LIKE ${bind(likeValue(phoneDigits(text)))}`)
      : 'false';

  const where = ['x.workspace_id = $1'];
  if (entity === 'third-party') where.push('x.erp_reference IS NOT NULL');
  if (excludeOptedOut) where.push('NOT x.marketing_opt_out');
  const q = criteria.q?.trim() ?? '';
  if (PHONE_LIKE.test(q)) {
    // "06 12 34" is one phone number, not three words.
    where.push(`(${name(q)} OR ${phone(q)})`);
  } else {
    for (const word of q.split(/\s+/).filter(Boolean)) {
      // Only a word of digits is a phone number: the "3" of "Lyon3" must not find every
      // phone holding a 3.
      const asPhone = PHONE_LIKE.test(word) ? phone(word) : 'false';
      where.push(`(${[name(word), email(word), asPhone, city(word)].join(' OR ')})`);
    }
  }
  if (criteria.name) where.push(name(criteria.name));
  if (criteria.email) where.push(email(criteria.email));
  if (criteria.phone) where.push(phone(criteria.phone));
  if (criteria.city) where.push(city(criteria.city));
  if (criteria.postalCode) {
    where.push(
      inSub(
        'crm_address',
        `s.postal_code LIKE ${bind(`${criteria.postalCode.replace(/[\\%_]/g, '')}%`)}`,
      ),
    );
  }
  if (criteria.companyId) {
    where.push(kind === 'contact' ? `x.company_id = ${bind(criteria.companyId)}` : 'false');
  }
  if (criteria.status) {
    where.push(kind === 'lead' ? `x.status = ${bind(criteria.status)}` : 'false');
  }
  return where;
}
