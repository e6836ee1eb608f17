import { Injectable } from '@nestjs/common';
import { CrmRecordRepository } from '../records/crm-record.repository';

/** A company's link to its ERP third party. */
export interface ErpLink {
  companyId: string;
  reference: string;
}

/**
 * For other modules (erasure): whether a company is linked to an ERP third party. Such a
 * company may only be erased from the ERP (seed 002), which then erases it here.
 */
@Injectable()
export class ErpLinks {
  constructor(private readonly records: CrmRecordRepository) {}

  /** The ERP link of a company of the workspace, or null (unlinked, or no such company). */
  async ofCompany(workspaceId: string, companyId: string): Promise<ErpLink | null> {
    const company = await this.records.company(workspaceId, companyId);
    return company?.erpReference ? { companyId, reference: company.erpReference } : null;
  }

  /** The company the ERP knows by this reference, or null. */
  async byReference(workspaceId: string, reference: string): Promise<ErpLink | null> {
    const company = await this.records.companyByErpReference(workspaceId, reference);
    return company ? { companyId: company.id, reference } : null;
  }
}
