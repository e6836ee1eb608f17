import { Injectable } from '@nestjs/common';
import type { CrmDocument, CrmRemark, CrmSubRecords } from '@guichet/contracts';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { EntityManagerContext } from '../../../core/database/entity-manager-context';
import { type CrmOwner, ownerColumn } from '../crm-owner';
import { CrmAddressEntity } from '../entities/crm-address.entity';
import { CrmCommunicationEntity } from '../entities/crm-communication.entity';
import { CrmDocumentEntity } from '../entities/crm-document.entity';
import { CrmEmailEntity } from '../entities/crm-email.entity';
import { CrmOpportunityEntity } from '../entities/crm-opportunity.entity';
import { CrmPhoneEntity } from '../entities/crm-phone.entity';
import { CrmRemarkEntity } from '../entities/crm-remark.entity';
import {
  CrmSubRecordRepository,
  type SubRecordKind,
  type SubRecordValues,
  type SubRecordViews,
} from './crm-sub-record.repository';

const ENTITIES: Record<SubRecordKind, EntityTarget<ObjectLiteral>> = {
  addresses: CrmAddressEntity,
  phones: CrmPhoneEntity,
  emails: CrmEmailEntity,
  remarks: CrmRemarkEntity,
  communications: CrmCommunicationEntity,
  opportunities: CrmOpportunityEntity,
};

const VIEWS: { [K in Exclude<SubRecordKind, 'remarks'>]: (row: never) => SubRecordViews[K] } = {
  addresses: (row: CrmAddressEntity) => ({
    id: row.id,
    label: row.label,
    line1: row.line1,
    line2: row.line2,
    postalCode: row.postalCode,
    city: row.city,
    country: row.country,
  }),
  phones: (row: CrmPhoneEntity) => ({ id: row.id, label: row.label, number: row.number }),
  emails: (row: CrmEmailEntity) => ({ id: row.id, label: row.label, address: row.address }),
  communications: (row: CrmCommunicationEntity) => ({
    id: row.id,
    direction: row.direction,
    channel: row.channel,
    occurredAt: row.occurredAt.toISOString(),
    subject: row.subject,
    summary: row.summary,
  }),
  opportunities: (row: CrmOpportunityEntity) => ({
    id: row.id,
    title: row.title,
    stage: row.stage,
    amountCents: row.amountCents === null ? null : Number(row.amountCents),
    expectedCloseOn: row.expectedCloseOn,
  }),
};

/** Oldest first, so the headline of a record (its first e-mail…) stays put. */
const ORDER = { createdAt: 'ASC', id: 'ASC' } as const;

interface RemarkRow {
  id: string;
  text: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  updated_at: Date;
}

const toRemark = (row: RemarkRow): CrmRemark => ({
  id: row.id,
  text: row.text,
  author: row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const toDocument = (row: CrmDocumentEntity): CrmDocument => ({
  id: row.id,
  name: row.name,
  size: Number(row.size),
  contentType: row.contentType,
  sha256: row.sha256,
  createdAt: row.createdAt.toISOString(),
});

@Injectable()
export class TypeOrmCrmSubRecordRepository extends CrmSubRecordRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async all(owner: CrmOwner): Promise<CrmSubRecords> {
    const list = async <K extends Exclude<SubRecordKind, 'remarks'>>(kind: K) =>
      (await this.repository(kind).find({ where: this.whereOwner(owner), order: ORDER })).map(
        VIEWS[kind] as (row: ObjectLiteral) => SubRecordViews[K],
      );
    const documents = await this.manager()
      .getRepository(CrmDocumentEntity)
      .find({ where: { ...this.whereOwner(owner), state: 'stored' }, order: ORDER });
    return {
      addresses: await list('addresses'),
      phones: await list('phones'),
      emails: await list('emails'),
      remarks: (await this.remarks(owner)).map(toRemark),
      communications: await list('communications'),
      opportunities: await list('opportunities'),
      documents: documents.map(toDocument),
    };
  }

  async one<K extends SubRecordKind>(
    owner: CrmOwner,
    kind: K,
    id: string,
  ): Promise<SubRecordViews[K] | null> {
    if (kind === 'remarks') {
      const [row] = await this.remarks(owner, id);
      return (row ? toRemark(row) : null) as SubRecordViews[K] | null;
    }
    const row = await this.repository(kind).findOneBy({ ...this.whereOwner(owner), id });
    const view = VIEWS[kind as Exclude<SubRecordKind, 'remarks'>] as (
      row: ObjectLiteral,
    ) => SubRecordViews[K];
    return row ? view(row) : null;
  }

  async add<K extends SubRecordKind>(
    owner: CrmOwner,
    kind: K,
    values: SubRecordValues[K],
  ): Promise<string> {
    const result = await this.repository(kind).insert({ ...this.whereOwner(owner), ...values });
    return (result.identifiers[0] as { id: string }).id;
  }

  async replace<K extends SubRecordKind>(
    owner: CrmOwner,
    kind: K,
    id: string,
    values: SubRecordValues[K],
  ): Promise<boolean> {
    const result = await this.repository(kind).update({ ...this.whereOwner(owner), id }, values);
    return (result.affected ?? 0) > 0;
  }

  async remove(owner: CrmOwner, kind: SubRecordKind, id: string): Promise<boolean> {
    const result = await this.repository(kind).delete({ ...this.whereOwner(owner), id });
    return (result.affected ?? 0) > 0;
  }

  private remarks(owner: CrmOwner, id?: string): Promise<RemarkRow[]> {
    return this.manager().query(
      `SELECT r.id, r.text, r.author_id, r.created_at, r.updated_at,
              concat_ws(' ', a.first_name, a.last_name) AS author_name
         FROM crm_remark r LEFT JOIN account a ON a.id = r.author_id
        WHERE r.workspace_id = $1 AND r.${ownerColumn(owner.kind)} = $2 ${id ? 'AND r.id = $3' : ''}
        ORDER BY r.created_at DESC, r.id`,
      id ? [owner.workspaceId, owner.id, id] : [owner.workspaceId, owner.id],
    ) as Promise<RemarkRow[]>;
  }

  private whereOwner(owner: CrmOwner) {
    return { workspaceId: owner.workspaceId, [`${owner.kind}Id`]: owner.id };
  }

  private repository(kind: SubRecordKind) {
    return this.manager().getRepository(ENTITIES[kind]);
  }

  private manager() {
    return this.context.manager();
  }
}
