import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { KeyRotationRepository, type StaleWrappedKey } from './key-rotation.repository';

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
         FROM parcel_document
        WHERE wrapped_key IS NOT NULL AND key_id <> $1 AND id > $2
        ORDER BY id LIMIT $3`,
      [currentKeyId, afterId, limit],
    )) as StaleWrappedKey[];
    return rows;
  }

  async replace(old: StaleWrappedKey, keyId: string, wrapped: Buffer): Promise<boolean> {
    const [, affected] = (await this.context.manager().query(
      `UPDATE parcel_document SET key_id = $1, wrapped_key = $2
        WHERE id = $3 AND key_id = $4 AND wrapped_key = $5`,
      [keyId, wrapped, old.documentId, old.keyId, old.wrapped],
    )) as [unknown, number];
    return affected === 1;
  }

  async countByKeyId(): Promise<Record<string, number>> {
    const rows = (await this.context.manager().query(
      `SELECT key_id AS "keyId", count(*)::int AS count FROM parcel_document
        WHERE wrapped_key IS NOT NULL GROUP BY key_id ORDER BY key_id`,
    )) as { keyId: string; count: number }[];
    return Object.fromEntries(rows.map((row) => [row.keyId, row.count]));
  }
}
