import type { Civility } from '../accounts/civility';
import type { PersonRef } from '../admin/admin-account-summary';
import type { MarketingOptOut } from './marketing-opt-out';

/** The records that own addresses, phones, e-mails, remarks… and can opt out. */
export type CrmOwnerKind = 'company' | 'contact' | 'lead';

/** The `:owner` segment of the CRM routes for each owner kind. */
export const CRM_OWNER_PATHS = {
  company: 'companies',
  contact: 'contacts',
  lead: 'leads',
} as const satisfies Record<CrmOwnerKind, string>;

export type CrmOwnerPath = (typeof CRM_OWNER_PATHS)[CrmOwnerKind];

/** A company named for display, e.g. on a contact. */
export interface CrmCompanyRef {
  id: string;
  name: string;
}

/**
 * The first address, phone and e-mail of a record (oldest first) shown in lists; null when it
 * has none.
 */
export interface CrmHeadline {
  email: string | null;
  /** E.164. */
  phone: string | null;
  city: string | null;
}

/**
 * One line of the company list. A company with an `erpReference` is a third party ("tiers")
 * linked to the ERP record of that reference: the ERP syncs its opt-out both ways.
 */
export interface CrmCompanySummary extends CrmHeadline {
  id: string;
  name: string;
  erpReference: string | null;
  marketingOptOut: MarketingOptOut | null;
  contactCount: number;
}

export interface CrmContactSummary extends CrmHeadline {
  id: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  jobTitle: string | null;
  company: CrmCompanyRef | null;
  marketingOptOut: MarketingOptOut | null;
}

export type CrmLeadStatus = 'new' | 'qualified' | 'converted' | 'lost';

export const CRM_LEAD_STATUSES: readonly CrmLeadStatus[] = [
  'new',
  'qualified',
  'converted',
  'lost',
];

export interface CrmLeadSummary extends CrmHeadline {
  id: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  /** The prospect's company as they gave it (free text, not a CRM company). */
  companyName: string | null;
  status: CrmLeadStatus;
  marketingOptOut: MarketingOptOut | null;
}

export interface CrmAddress {
  id: string;
  /** Free label ("Siège", "Domicile"), may be empty. */
  label: string;
  line1: string;
  line2: string | null;
  postalCode: string | null;
  city: string;
  /** ISO 3166-1 alpha-2, e.g. `FR`. */
  country: string;
}

export interface CrmPhone {
  id: string;
  label: string;
  /** E.164 (`+33612345678`). */
  number: string;
}

export interface CrmEmail {
  id: string;
  label: string;
  address: string;
}

export interface CrmRemark {
  id: string;
  text: string;
  author: PersonRef | null;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

/**
 * `from-person`: the person wrote, called or came (retention counts 3 years from the last one,
 * GDPR-5); `to-person`: the firm contacted them.
 */
export type CrmCommunicationDirection = 'from-person' | 'to-person';

export type CrmCommunicationChannel = 'email' | 'phone' | 'meeting' | 'letter' | 'other';

export const CRM_COMMUNICATION_CHANNELS: readonly CrmCommunicationChannel[] = [
  'email',
  'phone',
  'meeting',
  'letter',
  'other',
];

export interface CrmCommunication {
  id: string;
  direction: CrmCommunicationDirection;
  channel: CrmCommunicationChannel;
  /** ISO 8601. */
  occurredAt: string;
  subject: string;
  summary: string | null;
}

export type CrmOpportunityStage = 'open' | 'won' | 'lost';

export const CRM_OPPORTUNITY_STAGES: readonly CrmOpportunityStage[] = ['open', 'won', 'lost'];

export interface CrmOpportunity {
  id: string;
  title: string;
  stage: CrmOpportunityStage;
  /** Euro cents, or null when unknown. */
  amountCents: number | null;
  /** `YYYY-MM-DD` or null. */
  expectedCloseOn: string | null;
}

/** A file attached to a company, contact or lead, stored encrypted like parcel documents. */
export interface CrmDocument {
  id: string;
  name: string;
  size: number;
  contentType: string;
  /** Hex SHA-256 of the plain content. */
  sha256: string;
  createdAt: string;
}

/** What hangs off a company, contact or lead, each list oldest first (remarks: newest first). */
export interface CrmSubRecords {
  addresses: CrmAddress[];
  phones: CrmPhone[];
  emails: CrmEmail[];
  remarks: CrmRemark[];
  communications: CrmCommunication[];
  opportunities: CrmOpportunity[];
  documents: CrmDocument[];
}

/** `GET /api/crm/companies/:id`. */
export interface CrmCompanyDetail extends CrmSubRecords {
  id: string;
  name: string;
  erpReference: string | null;
  marketingOptOut: MarketingOptOut | null;
  contacts: CrmContactSummary[];
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/crm/contacts/:id`. */
export interface CrmContactDetail extends CrmSubRecords {
  id: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  jobTitle: string | null;
  company: CrmCompanyRef | null;
  marketingOptOut: MarketingOptOut | null;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/crm/leads/:id`. */
export interface CrmLeadDetail extends CrmSubRecords {
  id: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  companyName: string | null;
  jobTitle: string | null;
  status: CrmLeadStatus;
  marketingOptOut: MarketingOptOut | null;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/crm/companies` (201 `CrmCompanyDetail`) and `PATCH …/:id` (all optional). */
export interface CrmCompanyRequest {
  /** 1–200 characters. */
  name: string;
}

/**
 * Body of `POST /api/crm/contacts` and `PATCH …/:id` (all optional there; `companyId: null`
 * detaches). A contact created in, or moved into, an opted-out company is opted out with source
 * `company`; moved out of it, its `company` opt-out is lifted.
 */
export interface CrmContactRequest {
  civility?: Civility | null;
  /** ≤ 100 characters. */
  firstName?: string | null;
  /** 1–100 characters. */
  lastName: string;
  jobTitle?: string | null;
  companyId?: string | null;
}

/** Body of `POST /api/crm/leads` and `PATCH …/:id` (all optional there). */
export interface CrmLeadRequest {
  civility?: Civility | null;
  firstName?: string | null;
  lastName: string;
  companyName?: string | null;
  jobTitle?: string | null;
  /** Default `new`. */
  status?: CrmLeadStatus;
}

/** Body of `POST /api/crm/:owner/:id/addresses` (201 `CrmAddress`) and `PUT …/:itemId`. */
export interface CrmAddressRequest {
  label?: string;
  line1: string;
  line2?: string | null;
  postalCode?: string | null;
  city: string;
  /** Default `FR`. */
  country?: string;
}

/** Phones are read as French numbers unless they start with `+`; stored E.164; else 422. */
export interface CrmPhoneRequest {
  label?: string;
  number: string;
}

export interface CrmEmailRequest {
  label?: string;
  address: string;
}

/**
 * Body of `POST /api/crm/:owner/:id/remarks` and `PUT …/:itemId`: 1–5000 characters. When
 * `sensitiveCategoriesIn(text)` finds anything and `acknowledgeSensitive` is not true, 422
 * `CRM_SENSITIVE_TEXT` with `fields.text` = the categories, and nothing is saved (GDPR-7).
 */
export interface CrmRemarkRequest {
  text: string;
  acknowledgeSensitive?: boolean;
}

export interface CrmCommunicationRequest {
  direction: CrmCommunicationDirection;
  channel: CrmCommunicationChannel;
  /** ISO 8601, not in the future. */
  occurredAt: string;
  /** 1–200 characters. */
  subject: string;
  summary?: string | null;
}

export interface CrmOpportunityRequest {
  title: string;
  /** Default `open`. */
  stage?: CrmOpportunityStage;
  amountCents?: number | null;
  expectedCloseOn?: string | null;
}
