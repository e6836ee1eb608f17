import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../../core/database/transactions';
import { BlobStore } from '../../core/storage/blob-store';
import { ClientEraser } from './client-eraser';
import { RegistryErasureRepository } from './registry-erasure.repository';

/**
 * INTERIM eraser for the retention job, to be swapped for the erasure engine (issue9-erasure):
 * in one transaction, the rows addressed to the clients, then the accounts and everything the
 * registry says hangs off them; then the blobs of their parcels' documents.
 */
@Injectable()
export class InterimClientEraser extends ClientEraser {
  private readonly logger = new Logger(InterimClientEraser.name);

  constructor(
    private readonly repository: RegistryErasureRepository,
    private readonly transactions: Transactions,
    private readonly blobs: BlobStore,
  ) {
    super();
  }

  async erase(workspaceId: string, accountIds: string[]): Promise<void> {
    const blobKeys = await this.transactions.run(async () => {
      await this.repository.eraseAddressedTo(workspaceId, accountIds);
      return this.repository.eraseByIds('account', accountIds);
    });
    // After the commit: a blob whose row is gone is unreadable anyway (its key went with it).
    for (const key of blobKeys) {
      await this.blobs.delete(key).catch((error: Error) => {
        this.logger.warn(`Blob of an erased document left behind: ${error.message}`);
      });
    }
  }
}
