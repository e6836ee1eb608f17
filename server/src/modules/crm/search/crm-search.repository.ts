import type {
  CrmCompanySummary,
  CrmContactSummary,
  CrmCriteria,
  CrmLeadSummary,
  CrmTargetEntity,
  CrmTargetMember,
} from '@guichet/contracts';

/** One search over one entity of a workspace, sorted by name. */
export interface CrmSearch {
  workspaceId: string;
  entity: CrmTargetEntity;
  criteria: CrmCriteria;
  /** Leave out opted-out records (GDPR-1). */
  excludeOptedOut: boolean;
  offset: number;
  limit: number;
}

export interface Found<T> {
  items: T[];
  total: number;
}

/** Port: the CRM lists, advanced search and target-group members. */
export abstract class CrmSearchRepository {
  /** `company` or `third-party` searches. */
  abstract companies(search: CrmSearch): Promise<Found<CrmCompanySummary>>;
  abstract contacts(search: CrmSearch): Promise<Found<CrmContactSummary>>;
  abstract leads(search: CrmSearch): Promise<Found<CrmLeadSummary>>;
  /** Any entity, as the uniform lines of a target group or marketing export. */
  abstract members(search: CrmSearch): Promise<Found<CrmTargetMember>>;
}
