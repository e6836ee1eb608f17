import type { CrmOwnerKind, MarketingOptOut, MarketingOptOutSource } from '@guichet/contracts';
import { ownerColumn } from './crm-owner';

/**
 * SQL pieces shared by the CRM's TypeORM repositories (only they import this file). `x` is the
 * alias of the company, contact or lead row.
 */

/** How a record is named and sorted: a company by its name, a person "First Last". */
export function nameSql(kind: CrmOwnerKind): string {
  return kind === 'company' ? 'x.name' : `concat_ws(' ', x.first_name, x.last_name)`;
}

/** The first e-mail, phone and city of the record (oldest first), as `email`, `phone`, `city`. */
export function headlineSql(kind: CrmOwnerKind): string {
  const column = ownerColumn(kind);
  const first = (table: string, value: string) =>
    `(SELECT s.${value} FROM ${table} s WHERE s.${column} = x.id ORDER BY s.created_at, s.id LIMIT 1)`;
  return `${first('crm_email', 'address')} AS email, ${first('crm_phone', 'number')} AS phone,
    ${first('crm_address', 'city')} AS city`;
}

/** The opt-out columns and who set it, as `opt_out`, `opt_out_source`, `opt_out_at`, `opt_out_by_*`. */
export const OPT_OUT_SQL = `x.marketing_opt_out AS opt_out, x.marketing_opt_out_source AS opt_out_source,
  x.marketing_opt_out_at AS opt_out_at, x.marketing_opt_out_by AS opt_out_by_id,
  (SELECT concat_ws(' ', a.first_name, a.last_name) FROM account a WHERE a.id = x.marketing_opt_out_by)
    AS opt_out_by_name`;

export interface OptOutColumns {
  opt_out: boolean;
  opt_out_source: MarketingOptOutSource | null;
  opt_out_at: Date | null;
  opt_out_by_id: string | null;
  opt_out_by_name: string | null;
}

/** The opt-out of a row read with {@link OPT_OUT_SQL}. */
export function optOutOf(row: OptOutColumns): MarketingOptOut | null {
  if (!row.opt_out || !row.opt_out_source || !row.opt_out_at) return null;
  return {
    source: row.opt_out_source,
    at: row.opt_out_at.toISOString(),
    by: row.opt_out_by_id ? { id: row.opt_out_by_id, name: row.opt_out_by_name ?? '' } : null,
  };
}

/** A value for LIKE, its wildcards taken literally. */
export function likeValue(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
