import type {
  Civility,
  CrmCompanyRef,
  CrmLeadStatus,
  MarketingOptOut,
  MarketingOptOutSource,
} from '@guichet/contracts';

/** The own fields of a company, contact or lead, without what hangs off it. */
export interface CompanyRecord {
  id: string;
  name: string;
  erpReference: string | null;
  marketingOptOut: MarketingOptOut | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface PersonFields {
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
  jobTitle: string | null;
}

export interface ContactRecord extends PersonFields {
  id: string;
  company: CrmCompanyRef | null;
  marketingOptOut: MarketingOptOut | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface LeadRecord extends PersonFields {
  id: string;
  companyName: string | null;
  status: CrmLeadStatus;
  marketingOptOut: MarketingOptOut | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContactValues extends PersonFields {
  companyId: string | null;
}

export interface LeadValues extends PersonFields {
  companyName: string | null;
  status: CrmLeadStatus;
}

/** An opt-out to store: set (with provenance) or lifted (null). */
export type OptOutChange = {
  source: MarketingOptOutSource;
  at: Date;
  by: string | null;
} | null;
