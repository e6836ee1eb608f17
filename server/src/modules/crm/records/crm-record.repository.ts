import type { CrmOwner } from '../crm-owner';
import type {
  CompanyRecord,
  ContactRecord,
  ContactValues,
  LeadRecord,
  LeadValues,
  OptOutChange,
} from './crm-records';

/** Port: companies, contacts and leads of a workspace, and their opt-outs. */
export abstract class CrmRecordRepository {
  abstract company(workspaceId: string, id: string): Promise<CompanyRecord | null>;
  abstract contact(workspaceId: string, id: string): Promise<ContactRecord | null>;
  abstract lead(workspaceId: string, id: string): Promise<LeadRecord | null>;

  /**
   * Holds the ERP reference until the transaction ends, so that two calls of the ERP for the same
   * new third party create one company.
   */
  abstract lockErpReference(workspaceId: string, reference: string): Promise<void>;

  /** The company with that ERP reference in the workspace, if any. */
  abstract companyByErpReference(
    workspaceId: string,
    reference: string,
  ): Promise<CompanyRecord | null>;

  abstract insertCompany(
    workspaceId: string,
    values: { name: string; erpReference: string | null },
  ): Promise<string>;
  abstract updateCompany(workspaceId: string, id: string, values: { name: string }): Promise<void>;
  abstract insertContact(workspaceId: string, values: ContactValues): Promise<string>;
  abstract updateContact(workspaceId: string, id: string, values: ContactValues): Promise<void>;
  abstract insertLead(workspaceId: string, values: LeadValues): Promise<string>;
  abstract updateLead(workspaceId: string, id: string, values: LeadValues): Promise<void>;

  /** Deletes the record and what hangs off it; false when it was not there. */
  abstract delete(owner: CrmOwner): Promise<boolean>;

  /** Whether the record exists in its workspace; with `lock`, holds it until the transaction ends. */
  abstract exists(owner: CrmOwner, lock?: boolean): Promise<boolean>;

  /** Stores the record's own opt-out as given. */
  abstract setOptOut(owner: CrmOwner, change: OptOutChange): Promise<void>;

  /** Opts out every contact of the company not opted out yet, with source `company`. */
  abstract cascadeOptOutToContacts(
    workspaceId: string,
    companyId: string,
    change: NonNullable<OptOutChange>,
  ): Promise<number>;

  /** Lifts the opt-out of the company's contacts whose source is `company`; never their own. */
  abstract liftCascadedOptOuts(workspaceId: string, companyId: string): Promise<number>;
}
