import type { MarketingOptOutSource } from './marketing-opt-out';

/**
 * ERP → Guichet (integration API, `Authorization: Bearer gch_…`).
 * `PUT /api/integration/crm/third-parties/:reference` (scope `crm:write`): create or update the
 * company linked to the ERP record `reference` (1–64 characters of `A–Z a–z 0–9 . _ -`).
 * Answers the `ErpThirdParty` (201 when created, 200 otherwise).
 * `GET` the same route (scope `crm:read`): the `ErpThirdParty` or 404 `CRM_NOT_FOUND`.
 */
export interface ErpThirdPartyRequest {
  /** 1–200 characters. */
  name: string;
  /** When given, sets or lifts the opt-out with source `erp` (cascading to contacts). */
  marketingOptOut?: boolean;
}

export interface ErpThirdParty {
  reference: string;
  companyId: string;
  name: string;
  marketingOptOut: boolean;
  /** ISO 8601. */
  updatedAt: string;
}

/**
 * `PUT /api/integration/crm/third-parties/:reference/marketing-opt-out` (scope `crm:write`): sets or
 * lifts the third party's opt-out with source `erp`; answers the `ErpThirdParty`.
 */
export interface ErpMarketingOptOutRequest {
  optedOut: boolean;
}

/**
 * Guichet → ERP: when a linked company's opt-out changes in Guichet (not when the ERP itself
 * changed it), the outbox POSTs this JSON to `ERP_WEBHOOK_URL` with the headers
 * `X-Guichet-Event: crm.third-party.marketing-opt-out`, `X-Guichet-Timestamp: <unix seconds>` and
 * `X-Guichet-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with ERP_WEBHOOK_SECRET>`.
 * Delivery is at least once: the ERP deduplicates on `id`.
 */
export interface ErpMarketingOptOutEvent {
  event: 'crm.third-party.marketing-opt-out';
  /** Unique per event: the idempotency key. */
  id: string;
  workspace: string;
  reference: string;
  optedOut: boolean;
  source: MarketingOptOutSource | null;
  /** ISO 8601. */
  at: string;
}
