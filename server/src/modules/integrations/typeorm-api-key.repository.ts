import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import type { ApiKey } from './api-key';
import { ApiKeyRepository, type NewApiKey } from './api-key.repository';
import { ApiKeyEntity } from './entities/api-key.entity';

const toApiKey = (row: ApiKeyEntity): ApiKey => ({
  id: row.id,
  workspaceId: row.workspaceId,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes,
  expiresAt: row.expiresAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
  createdAt: row.createdAt,
  createdBy: row.createdBy,
});

@Injectable()
export class TypeOrmApiKeyRepository extends ApiKeyRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async list(workspaceId: string): Promise<ApiKey[]> {
    const rows = await this.keys().find({
      where: { workspaceId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return rows.map(toApiKey);
  }

  async findById(workspaceId: string, id: string): Promise<ApiKey | null> {
    const row = await this.keys().findOneBy({ workspaceId, id });
    return row && toApiKey(row);
  }

  async findBySecretHash(secretHash: Buffer): Promise<ApiKey | null> {
    const row = await this.keys().findOneBy({ secretHash });
    return row && toApiKey(row);
  }

  async countActive(workspaceId: string, now: Date): Promise<number> {
    const [row] = (await this.context.manager().query(
      `SELECT count(*)::int AS count FROM api_key
        WHERE workspace_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [workspaceId, now],
    )) as { count: number }[];
    return row?.count ?? 0;
  }

  async add(key: NewApiKey): Promise<string> {
    const result = await this.keys().insert(key);
    return (result.identifiers[0] as { id: string }).id;
  }

  async revoke(workspaceId: string, id: string, revokedBy: string): Promise<boolean> {
    const result = await this.keys().update(
      { workspaceId, id, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedBy },
    );
    return (result.affected ?? 0) > 0;
  }

  async touch(id: string): Promise<void> {
    await this.context.manager().query(
      `UPDATE api_key SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }

  private keys() {
    return this.context.manager().getRepository(ApiKeyEntity);
  }
}
