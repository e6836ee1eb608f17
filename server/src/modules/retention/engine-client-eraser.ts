import { Injectable } from '@nestjs/common';
import { Erasure } from '../gdpr/erasure/erasure.service';
import { ClientEraser } from './client-eraser';

/**
 * The retention job's eraser bound to the erasure engine (GDPR-2): each inactive client is erased
 * as an admin erasure would erase them, with a tombstone (origin `retention`) and the art. 19
 * notice, one transaction per client.
 */
@Injectable()
export class EngineClientEraser extends ClientEraser {
  constructor(private readonly erasure: Erasure) {
    super();
  }

  async erase(workspaceId: string, accountIds: string[]): Promise<void> {
    const actor = { workspaceId, accountId: null, origin: 'retention' as const };
    for (const id of accountIds) await this.erasure.erase(actor, 'client', id, null);
  }
}
