import { CRM_OWNER_PATHS, type CrmOwnerKind, type CrmOwnerPath } from '@guichet/contracts';

/** A company, contact or lead of a workspace: what sub-records and opt-outs hang off. */
export interface CrmOwner {
  workspaceId: string;
  kind: CrmOwnerKind;
  id: string;
}

const KIND_BY_PATH = Object.fromEntries(
  Object.entries(CRM_OWNER_PATHS).map(([kind, path]) => [path, kind]),
) as Record<CrmOwnerPath, CrmOwnerKind>;

/** The owner kind of a route's `:owner` segment (`companies` → `company`); undefined for others. */
export function ownerKindOf(path: string): CrmOwnerKind | undefined {
  return Object.hasOwn(KIND_BY_PATH, path) ? KIND_BY_PATH[path as CrmOwnerPath] : undefined;
}

/** The foreign-key column of sub-record tables pointing at an owner of this kind. */
export function ownerColumn(kind: CrmOwnerKind): 'company_id' | 'contact_id' | 'lead_id' {
  return `${kind}_id`;
}

/** The table holding owners of this kind. */
export function ownerTable(kind: CrmOwnerKind): 'crm_company' | 'crm_contact' | 'crm_lead' {
  return `crm_${kind}`;
}
