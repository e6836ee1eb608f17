import { Injectable } from '@nestjs/common';
import type { ErpErasureResult } from '@guichet/contracts';
import { ErasureRepository } from './erasure.repository';
import { Erasure } from './erasure.service';
import { ERASURE_SUBJECTS } from './erasure-subjects';

/**
 * An erasure decided in the ERP (seed 002): every record of the workspace linked to that third
 * party is erased, with what hangs off it, as an admin erasure would — without the typed
 * confirmation (the ERP confirmed on its side) and without the ERP-link refusal.
 */
@Injectable()
export class ErpErasure {
  constructor(
    private readonly repository: ErasureRepository,
    private readonly erasure: Erasure,
  ) {}

  async erase(workspaceId: string, externalReference: string): Promise<ErpErasureResult> {
    const actor = { workspaceId, accountId: null, origin: 'erp' as const };
    const tables = new Set(
      this.repository
        .registry()
        .entities()
        .map((e) => e.table),
    );
    const erased: ErpErasureResult['erased'] = [];
    for (const subject of Object.values(ERASURE_SUBJECTS)) {
      if (!subject.erpReferenceColumn || !tables.has(subject.table)) continue;
      const rows = await this.repository.find({
        table: subject.table,
        columns: [subject.erpReferenceColumn],
        values: [[externalReference.trim()]],
        workspace: { id: workspaceId },
      });
      for (const row of rows) {
        const result = await this.erasure.erase(actor, subject.kind, String(row.id), null);
        erased.push({ kind: subject.kind, tombstoneId: result.tombstoneId });
      }
    }
    return { erased };
  }
}
