import type { PersonRef } from '../admin/admin-account-summary';
import type { CrmLeadStatus } from './crm-records';

/**
 * Criteria of the CRM lists, advanced search and target groups; every one optional, all must
 * hold (AND). Text criteria match case- and accent-insensitively, as a part of the value.
 */
export interface CrmCriteria {
  /** Simple search: every word must appear in the name, an e-mail, a phone or a city. */
  q?: string;
  name?: string;
  email?: string;
  /** Digits compared with the stored E.164 number (`06 12` finds `+33612…`). */
  phone?: string;
  city?: string;
  postalCode?: string;
  /** Contacts: of this company. */
  companyId?: string;
  /** Leads: in this status. */
  status?: CrmLeadStatus;
}

/**
 * Query of `GET /api/crm/companies | contacts | leads | third-parties`. `excludeMarketingOptOut`
 * ("Exclure des traitements à des fins marketing") defaults to the user's preference when absent.
 */
export interface CrmListQuery extends CrmCriteria {
  excludeMarketingOptOut?: boolean;
  /** 1-based, default 1. */
  page?: number;
}

/** A page of a CRM list sorted by name (50 per page). */
export interface CrmPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** Whether opted-out records were left out of this answer (the checkbox's effective state). */
  excludedMarketingOptOut: boolean;
}

/** What a target group lists: `third-party` = companies linked to the ERP. */
export type CrmTargetEntity = 'company' | 'contact' | 'lead' | 'third-party';

export const CRM_TARGET_ENTITIES: readonly CrmTargetEntity[] = [
  'company',
  'contact',
  'lead',
  'third-party',
];

/** A target group ("groupe", "liste cible"): saved criteria over one entity. */
export interface CrmTargetGroup {
  id: string;
  name: string;
  entity: CrmTargetEntity;
  criteria: CrmCriteria;
  createdBy: PersonRef | null;
  /** ISO 8601. */
  createdAt: string;
}

/** Body of `POST /api/crm/target-groups` (201 `CrmTargetGroup`) and `PUT …/:id`. */
export interface CrmTargetGroupRequest {
  /** 1–100 characters. */
  name: string;
  entity: CrmTargetEntity;
  criteria: CrmCriteria;
}

/**
 * One member of a target group or one line of a marketing export. Opted-out records are never
 * members: target groups serve marketing, so the server leaves them out whatever the request says.
 */
export interface CrmTargetMember {
  id: string;
  entity: CrmTargetEntity;
  /** Company name, or "First Last" of a contact or lead. */
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
}

/**
 * Query of `GET /api/crm/marketing-export` (a CSV download, `text/csv; charset=utf-8`, columns
 * `entity,id,name,email,phone,city`): the list of `entity` matching the criteria, opted-out
 * records always left out. `GET /api/crm/target-groups/:id/export` gives the same CSV for a group.
 */
export interface CrmMarketingExportQuery extends CrmCriteria {
  /** Default `contact`. */
  entity?: CrmTargetEntity;
}
