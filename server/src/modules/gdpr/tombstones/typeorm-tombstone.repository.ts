import { Injectable } from '@nestjs/common';
import type { ErasureSubjectKind } from '@guichet/contracts';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { ErasureTombstoneEntity } from '../entities/erasure-tombstone.entity';
import type { ErasureTombstone, NewErasureTombstone, TombstoneMatch } from './erasure-tombstone';
import { TombstoneRepository } from './tombstone.repository';

@Injectable()
export class TypeOrmTombstoneRepository extends TombstoneRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async add(tombstone: NewErasureTombstone): Promise<ErasureTombstone> {
    const saved = await this.repository().save(this.repository().create(tombstone));
    return { ...tombstone, id: saved.id, erasedAt: saved.erasedAt };
  }

  async match(
    workspaceId: string,
    emailHashes: string[],
    phoneHashes: string[],
  ): Promise<TombstoneMatch | null> {
    if (emailHashes.length === 0 && phoneHashes.length === 0) return null;
    const row = await this.repository()
      .createQueryBuilder('t')
      .where('t.workspaceId = :workspaceId', { workspaceId })
      .andWhere('(t.emailHashes && :emails::varchar[] OR t.phoneHashes && :phones::varchar[])', {
        emails: emailHashes,
        phones: phoneHashes,
      })
      .orderBy('t.erasedAt', 'DESC')
      .getOne();
    return row
      ? {
          tombstoneId: row.id,
          subjectKind: row.subjectKind as ErasureSubjectKind,
          erasedAt: row.erasedAt,
        }
      : null;
  }

  async withPendingBlobs(limit: number): Promise<{ id: string; pendingBlobs: string[] }[]> {
    const rows = await this.repository()
      .createQueryBuilder('t')
      .where(`cardinality(t.pendingBlobs) > 0`)
      .orderBy('t.erasedAt', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((row) => ({ id: row.id, pendingBlobs: row.pendingBlobs }));
  }

  async clearPendingBlobs(id: string): Promise<void> {
    await this.repository().update({ id }, { pendingBlobs: [] });
  }

  private repository() {
    return this.context.manager().getRepository(ErasureTombstoneEntity);
  }
}
