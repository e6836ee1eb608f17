import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { KeyRotationRepository, type StaleWrappedKey } from './key-rotation.repository';

/**
 * Every table of documents encrypted under a data key: parcels' and the CRM's (GDPR-1). Their
 * ids are random UUIDs, unique across both.
 */
const DOCUMENT_TABLES = ['parcel_document', 'crm_document'] as const;

const ALL_KEYS = DOCUMENT_TABLES.map(
  (table) => `SELECT id, key_id, wrapped_key FROM ${table} WHERE wrapped_key IS NOT NULL`,
).join(' UNION ALL ');

@Injectable()
export class TypeOrmKeyRotationRepository extends KeyRotationRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async staleKeys(
    currentKeyId: string,
    afterId: string,
    limit: number,
  ): Promise<StaleWrappedKey[]> {
    const rows = (await this.context.manager().query(
      `SELECT id AS "documentId", key_id AS "keyId", wrapped_key AS wrapped
         FROM (${ALL_KEYS}) document
        WHERE key_id <> $1 AND id > $2
        ORDER BY id LIMIT $3`,
      [currentKeyId, afterId, limit],
    )) as StaleWrappedKey[];
    return rows;
  }

  async replace(old: StaleWrappedKey, keyId: string, wrapped: Buffer): Promise<boolean> {
    for (const table of DOCUMENT_TABLES) {
      const [, affected] = (await this.context.manager().query(
        `UPDATE ${table} SET key_id = $1, wrapped_key = $2
          WHERE id = $3 AND key_id = $4 AND wrapped_key = $5`,
        [keyId, wrapped, old.documentId, old.keyId, old.wrapped],
      )) as [unknown, number];
      if (affected === 1) return true;
    }
    return false;
  }

  async countByKeyId(): Promise<Record<string, number>> {
    const rows = (await this.context.manager().query(
      `SELECT key_id AS "keyId", count(*)::int AS count FROM (${ALL_KEYS}) document
        GROUP BY key_id ORDER BY key_id`,
    )) as { keyId: string; count: number }[];
    return Object.fromEntries(rows.map((row) => [row.keyId, row.count]));
  }
}
