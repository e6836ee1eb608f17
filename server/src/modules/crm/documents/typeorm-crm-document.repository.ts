import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import type { CrmOwner } from '../crm-owner';
import { CrmDocumentEntity } from '../entities/crm-document.entity';
import {
  CrmDocumentRepository,
  type NewCrmDocument,
  type StoredCrmDocument,
} from './crm-document.repository';

@Injectable()
export class TypeOrmCrmDocumentRepository extends CrmDocumentRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async insert(owner: CrmOwner, document: NewCrmDocument): Promise<void> {
    await this.documents().insert({
      ...document,
      workspaceId: owner.workspaceId,
      [`${owner.kind}Id`]: owner.id,
      state: 'uploading',
    });
  }

  async markStored(
    id: string,
    facts: { size: number; contentType: string; sha256: string },
  ): Promise<void> {
    await this.documents().update({ id }, { ...facts, size: String(facts.size), state: 'stored' });
  }

  async find(owner: CrmOwner, id: string): Promise<StoredCrmDocument | null> {
    const row = await this.documents().findOneBy({
      id,
      workspaceId: owner.workspaceId,
      [`${owner.kind}Id`]: owner.id,
      state: 'stored',
    });
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      size: Number(row.size),
      contentType: row.contentType,
      sha256: row.sha256,
      createdAt: row.createdAt.toISOString(),
      storageKey: row.storageKey,
      keyId: row.keyId,
      wrappedKey: row.wrappedKey,
    };
  }

  async delete(id: string): Promise<void> {
    await this.documents().update({ id }, { wrappedKey: null, keyId: null });
    await this.documents().delete({ id });
  }

  async storageKeysOf(owner: CrmOwner): Promise<string[]> {
    const rows = await this.documents().find({
      select: { storageKey: true },
      where: { workspaceId: owner.workspaceId, [`${owner.kind}Id`]: owner.id },
    });
    return rows.map((row) => row.storageKey);
  }

  private documents() {
    return this.context.manager().getRepository(CrmDocumentEntity);
  }
}
