import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import type { PurgePlan, PurgeReason } from './purge-plan';
import { type DoomedBlob, type DoomedParcel, PurgeRepository } from './purge.repository';

/** The parcels a plan takes ($1: now, $2: drafts created before), as `purgeReason` says. */
const DOOMED = `(p.state = 'withdrawn' OR p.expires_at <= $1
                 OR (p.state = 'draft' AND p.created_at <= $2))`;
const REASON = `CASE WHEN p.state = 'withdrawn' THEN 'withdrawn'
                     WHEN p.expires_at <= $1 THEN 'expired' ELSE 'stale-draft' END`;

@Injectable()
export class TypeOrmPurgeRepository extends PurgeRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async census(plan: PurgePlan) {
    const rows = (await this.query(
      `SELECT ${REASON} AS reason, count(DISTINCT p.id)::int AS parcels,
              count(d.id)::int AS documents, coalesce(sum(d.size), 0)::text AS bytes
         FROM parcel p LEFT JOIN parcel_document d ON d.parcel_id = p.id
        WHERE ${DOOMED} GROUP BY 1`,
      [plan.now, plan.draftsBefore],
    )) as { reason: PurgeReason; parcels: number; documents: number; bytes: string }[];
    const parcels: Record<PurgeReason, number> = { expired: 0, withdrawn: 0, 'stale-draft': 0 };
    let documents = 0;
    let bytes = 0;
    for (const row of rows) {
      parcels[row.reason] = row.parcels;
      documents += row.documents;
      bytes += Number(row.bytes);
    }
    return { parcels, documents, bytes };
  }

  async nextBatch(plan: PurgePlan, limit: number, after?: string): Promise<DoomedParcel[]> {
    // From the cursor on: from the start, each batch would walk the index entries of every
    // parcel the batches before deleted (dead until VACUUM), quadratic in a large purge.
    const params: unknown[] = [plan.now, plan.draftsBefore, limit];
    const from = after === undefined ? '' : `AND p.id > $${params.push(after)}`;
    return (await this.query(
      `SELECT p.id, p.workspace_id AS "workspaceId", ${REASON} AS reason
         FROM parcel p WHERE ${DOOMED} ${from} ORDER BY p.id LIMIT $3`,
      params,
    )) as DoomedParcel[];
  }

  async shredKeys(parcelIds: string[]): Promise<number> {
    const [, affected] = (await this.query(
      `UPDATE parcel_document SET wrapped_key = NULL, key_id = NULL
        WHERE parcel_id = ANY($1::uuid[]) AND wrapped_key IS NOT NULL`,
      [parcelIds],
    )) as [unknown, number];
    return affected;
  }

  async blobsOf(parcelIds: string[]): Promise<DoomedBlob[]> {
    return this.blobs(`WHERE parcel_id = ANY($1::uuid[])`, [parcelIds]);
  }

  async deleteParcels(parcelIds: string[]): Promise<number> {
    const [, affected] = (await this.query(`DELETE FROM parcel WHERE id = ANY($1::uuid[])`, [
      parcelIds,
    ])) as [unknown, number];
    return affected;
  }

  async shreddedLeftovers(limit: number): Promise<DoomedBlob[]> {
    return this.blobs(`WHERE wrapped_key IS NULL ORDER BY id LIMIT $1`, [limit]);
  }

  async deleteDocuments(documentIds: string[]): Promise<void> {
    await this.query(`DELETE FROM parcel_document WHERE id = ANY($1::uuid[])`, [documentIds]);
  }

  private async blobs(where: string, params: unknown[]): Promise<DoomedBlob[]> {
    const rows = (await this.query(
      `SELECT id AS "documentId", storage_key AS "storageKey", size::text AS size
         FROM parcel_document ${where}`,
      params,
    )) as (Omit<DoomedBlob, 'size'> & { size: string })[];
    return rows.map((row) => ({ ...row, size: Number(row.size) }));
  }

  private query(sql: string, params: unknown[]): Promise<unknown> {
    return this.context.manager().query(sql, params) as Promise<unknown>;
  }
}
