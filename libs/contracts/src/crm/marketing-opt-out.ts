import type { PersonRef } from '../admin/admin-account-summary';

/**
 * Where a marketing opt-out came from (GDPR-1): `self` = set on this record by a user (at the
 * person's request), `company` = cascaded from the contact's company, `import` = from an import,
 * `erp` = synced from the ERP third party.
 */
export type MarketingOptOutSource = 'self' | 'company' | 'import' | 'erp';

export const MARKETING_OPT_OUT_SOURCES: readonly MarketingOptOutSource[] = [
  'self',
  'company',
  'import',
  'erp',
];

/**
 * "Exclure des traitements à des fins marketing" on a company, contact, lead or third party;
 * null on a record that is not opted out.
 */
export interface MarketingOptOut {
  source: MarketingOptOutSource;
  /** ISO 8601. */
  at: string;
  /** The user who set it (null for `erp`, `import`, or when that account is gone). */
  by: PersonRef | null;
}

/**
 * Body of `PUT /api/crm/:owner/:id/marketing-opt-out` (`ApiRoutes.crmMarketingOptOut`). Setting it
 * on a company sets it on every contact of that company not already opted out (source
 * `company`); lifting it on a company lifts only the contacts whose source is `company`, never a
 * contact's own opt-out. Answers the record's new `MarketingOptOut | null` as `{ marketingOptOut }`.
 */
export interface MarketingOptOutRequest {
  optedOut: boolean;
}

export interface MarketingOptOutAnswer {
  marketingOptOut: MarketingOptOut | null;
}

/**
 * `GET | PUT /api/crm/preferences`: the signed-in user's own CRM preferences, kept on the server.
 * `excludeMarketingOptOut` is the default of the search screens' checkbox when a list request
 * does not send `excludeMarketingOptOut` (default false).
 */
export interface CrmPreferences {
  excludeMarketingOptOut: boolean;
}
