import { Injectable, Logger } from '@nestjs/common';
import { CrmErrorCode } from '@guichet/contracts';
import { AppError } from '../../../core/http/app-error';
import { BlobStore } from '../../../core/storage/blob-store';
import { crmNotFound } from '../crm-actor';
import type { CrmOwner } from '../crm-owner';
import { CrmDocumentRepository } from '../documents/crm-document.repository';
import { CrmRecordRepository } from './crm-record.repository';

/**
 * Deletes a company, contact or lead with everything hanging off it (the database cascades the
 * rows, wrapped document keys included); then the documents' blobs, unreadable already. An ERP
 * third party is the ERP's to delete: 409 `CRM_ERP_LINKED`.
 */
@Injectable()
export class CrmRecordRemoval {
  private readonly logger = new Logger(CrmRecordRemoval.name);

  constructor(
    private readonly records: CrmRecordRepository,
    private readonly documents: CrmDocumentRepository,
    private readonly blobs: BlobStore,
  ) {}

  async remove(owner: CrmOwner): Promise<void> {
    if (owner.kind === 'company') {
      const reference = (await this.records.company(owner.workspaceId, owner.id))?.erpReference;
      if (reference) {
        throw new AppError(
          CrmErrorCode.ErpLinked,
          `This company is the ERP third party ${reference}: delete it in the ERP`,
        );
      }
    }
    const blobKeys = await this.documents.storageKeysOf(owner);
    if (!(await this.records.delete(owner))) throw crmNotFound();
    for (const key of blobKeys) {
      try {
        await this.blobs.delete(key);
      } catch (error) {
        this.logger.warn(`Could not delete a CRM document blob: ${(error as Error).message}`);
      }
    }
  }
}
