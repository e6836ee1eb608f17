import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import { containsPattern } from '../accounts/typeorm-account-directory.repository';
import { ParcelDocumentEntity } from './entities/parcel-document.entity';
import { ParcelEntity } from './entities/parcel.entity';
import type {
  Download,
  DueReminder,
  NewParcel,
  Parcel,
  ParcelCounts,
  ParcelDocumentRecord,
  ParcelListRow,
  ParcelListSearch,
  Recipient,
} from './parcel';
import { ParcelRepository } from './parcel.repository';

const toParcel = (row: ParcelEntity): Parcel => ({
  id: row.id,
  workspaceId: row.workspaceId,
  senderId: row.senderId,
  subject: row.subject,
  note: row.note,
  state: row.state,
  createdAt: row.createdAt,
  sentAt: row.sentAt,
  expiresAt: row.expiresAt,
});

const toDocument = (row: ParcelDocumentEntity): ParcelDocumentRecord => ({
  id: row.id,
  parcelId: row.parcelId,
  name: row.name,
  size: Number(row.size),
  contentType: row.contentType,
  sha256: row.sha256,
  storageKey: row.storageKey,
  keyId: row.keyId,
  wrappedKey: row.wrappedKey,
  state: row.state,
});

/** What a list sorts on: sending time; a draft in the sent list by its creation. */
const SORT = { received: 'p.sent_at', sent: 'coalesce(p.sent_at, p.created_at)' } as const;

/** A person's name as the lists search it (the account table is read, never written, here). */
const nameOf = (alias: string) =>
  `unaccent(concat_ws(' ', ${alias}.first_name, ${alias}.last_name))`;

@Injectable()
export class TypeOrmParcelRepository extends ParcelRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async insert(parcel: NewParcel): Promise<string> {
    const [row] = (await this.query(
      `INSERT INTO parcel (workspace_id, sender_id, subject, note, expires_at, kind)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        parcel.workspaceId,
        parcel.senderId,
        parcel.subject,
        parcel.note,
        parcel.expiresAt,
        parcel.kind ?? 'parcel',
      ],
    )) as { id: string }[];
    await this.replaceRecipients(row!.id, parcel.recipientIds);
    return row!.id;
  }

  async find(workspaceId: string, id: string): Promise<Parcel | null> {
    const row = await this.parcels().findOneBy({ workspaceId, id });
    return row && toParcel(row);
  }

  async lock(workspaceId: string, id: string): Promise<Parcel | null> {
    const row = await this.parcels()
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id AND p.workspace_id = :workspaceId', { id, workspaceId })
      .getOne();
    return row && toParcel(row);
  }

  async recipients(parcelId: string): Promise<Recipient[]> {
    return (await this.query(
      `SELECT account_id AS "accountId", notified_at AS "notifiedAt", opened_at AS "openedAt"
         FROM parcel_recipient WHERE parcel_id = $1 ORDER BY account_id`,
      [parcelId],
    )) as Recipient[];
  }

  async replaceRecipients(parcelId: string, accountIds: string[]): Promise<void> {
    await this.query(
      `DELETE FROM parcel_recipient WHERE parcel_id = $1 AND NOT (account_id = ANY($2::uuid[]))`,
      [parcelId, accountIds],
    );
    await this.query(
      `INSERT INTO parcel_recipient (parcel_id, account_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [parcelId, accountIds],
    );
  }

  async markSent(parcelId: string): Promise<void> {
    await this.query(`UPDATE parcel SET state = 'sent', sent_at = now() WHERE id = $1`, [parcelId]);
  }

  async markWithdrawn(parcelId: string): Promise<void> {
    await this.query(`UPDATE parcel SET state = 'withdrawn', withdrawn_at = now() WHERE id = $1`, [
      parcelId,
    ]);
  }

  async setExpiry(parcelId: string, expiresAt: Date): Promise<void> {
    await this.query(`UPDATE parcel SET expires_at = $2 WHERE id = $1`, [parcelId, expiresAt]);
  }

  async markNotified(parcelId: string, accountIds: string[]): Promise<void> {
    await this.query(
      `UPDATE parcel_recipient SET notified_at = now()
        WHERE parcel_id = $1 AND account_id = ANY($2::uuid[])`,
      [parcelId, accountIds],
    );
  }

  async markOpened(parcelId: string, accountId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, affected] = (await this.query(
      `UPDATE parcel_recipient SET opened_at = now()
        WHERE parcel_id = $1 AND account_id = $2 AND opened_at IS NULL`,
      [parcelId, accountId],
    )) as [unknown, number];
    return affected > 0;
  }

  async documents(parcelId: string): Promise<ParcelDocumentRecord[]> {
    const rows = await this.documentRows().find({
      where: { parcelId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toDocument);
  }

  async document(parcelId: string, documentId: string): Promise<ParcelDocumentRecord | null> {
    const row = await this.documentRows().findOneBy({ parcelId, id: documentId });
    return row && toDocument(row);
  }

  async insertDocument(document: ParcelDocumentRecord): Promise<void> {
    await this.documentRows().insert({ ...document, size: String(document.size) });
  }

  async markDocumentStored(
    documentId: string,
    facts: { size: number; contentType: string; sha256: string },
  ): Promise<void> {
    await this.documentRows().update(
      { id: documentId },
      { ...facts, size: String(facts.size), state: 'stored' },
    );
  }

  async storedBytes(parcelId: string, exceptId?: string): Promise<number> {
    const [row] = (await this.query(
      `SELECT coalesce(sum(size), 0)::text AS bytes FROM parcel_document
        WHERE parcel_id = $1 AND wrapped_key IS NOT NULL AND id IS DISTINCT FROM $2`,
      [parcelId, exceptId ?? null],
    )) as { bytes: string }[];
    return Number(row!.bytes);
  }

  async shredDocument(documentId: string): Promise<void> {
    await this.query(`UPDATE parcel_document SET wrapped_key = NULL, key_id = NULL WHERE id = $1`, [
      documentId,
    ]);
  }

  async deleteDocument(documentId: string): Promise<void> {
    await this.query(`DELETE FROM parcel_document WHERE id = $1`, [documentId]);
  }

  async recordDownload(parcelId: string, documentId: string, accountId: string): Promise<void> {
    await this.query(
      `INSERT INTO parcel_download (document_id, account_id, parcel_id, first_at, last_at)
       VALUES ($1, $2, $3, now(), now())
       ON CONFLICT (document_id, account_id)
       DO UPDATE SET last_at = now(), count = parcel_download.count + 1`,
      [documentId, accountId, parcelId],
    );
  }

  async downloads(parcelId: string): Promise<Download[]> {
    return (await this.query(
      `SELECT document_id AS "documentId", account_id AS "accountId", first_at AS "firstAt"
         FROM parcel_download WHERE parcel_id = $1`,
      [parcelId],
    )) as Download[];
  }

  async list(
    search: ParcelListSearch,
  ): Promise<{ rows: ParcelListRow[]; next: string | null } | null> {
    const params: unknown[] = [search.workspaceId, search.accountId];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const sort = SORT[search.box];
    const where = [`p.workspace_id = $1`, `p.expires_at > now()`, `p.kind = 'parcel'`];
    if (search.box === 'received') {
      where.push(
        `p.state = 'sent'`,
        `EXISTS (SELECT 1 FROM parcel_recipient me WHERE me.parcel_id = p.id AND me.account_id = $2)`,
      );
    } else {
      where.push(`p.sender_id = $2`, `p.state IN ('draft', 'sent')`);
    }
    for (const word of search.words) {
      const pattern = bind(containsPattern(word));
      // The other party: the sender of a received parcel, the recipients of a sent one.
      const otherParty =
        search.box === 'received'
          ? `EXISTS (SELECT 1 FROM account s WHERE s.id = p.sender_id
                       AND ${nameOf('s')} ILIKE unaccent(${pattern}))`
          : `EXISTS (SELECT 1 FROM parcel_recipient r JOIN account s ON s.id = r.account_id
                      WHERE r.parcel_id = p.id AND ${nameOf('s')} ILIKE unaccent(${pattern}))`;
      where.push(`(unaccent(p.subject) ILIKE unaccent(${pattern}) OR ${otherParty})`);
    }
    if (search.after) {
      const [position] = (await this.query(
        `SELECT ${sort} AS at FROM parcel p WHERE p.id = $1 AND p.workspace_id = $2`,
        [search.after, search.workspaceId],
      )) as { at: Date | null }[];
      if (!position?.at) return null;
      where.push(
        `(${sort}, p.id) < (${bind(position.at)}::timestamptz, ${bind(search.after)}::uuid)`,
      );
    }
    const rows = (await this.query(
      `SELECT p.id, p.subject, p.state, p.sender_id AS "senderId", p.sent_at AS "sentAt",
              p.expires_at AS "expiresAt",
              ARRAY(SELECT r.account_id FROM parcel_recipient r WHERE r.parcel_id = p.id
                     ORDER BY r.account_id)::text[] AS "recipientIds",
              (SELECT count(*) FROM parcel_document d
                WHERE d.parcel_id = p.id AND d.state = 'stored')::int AS "documentCount",
              (SELECT coalesce(sum(d.size), 0) FROM parcel_document d
                WHERE d.parcel_id = p.id AND d.state = 'stored')::text AS "totalSize",
              ${
                // Scalar subqueries, not EXISTS: PostgreSQL may run an EXISTS here as one hashed
                // scan of every recipient row of the firm, though the page needs 25 lookups.
                search.box === 'received'
                  ? `coalesce((SELECT r.opened_at IS NULL FROM parcel_recipient r
                                WHERE r.parcel_id = p.id AND r.account_id = $2), false)`
                  : `(p.state = 'sent' AND coalesce((SELECT bool_and(r.opened_at IS NULL)
                                FROM parcel_recipient r WHERE r.parcel_id = p.id), true))`
              } AS unread
         FROM parcel p
        WHERE ${where.join(' AND ')}
        ORDER BY ${sort} DESC, p.id DESC
        LIMIT ${bind(search.limit + 1)}`,
      params,
    )) as (Omit<ParcelListRow, 'totalSize'> & { totalSize: string })[];
    const page = rows
      .slice(0, search.limit)
      .map((row) => ({ ...row, totalSize: Number(row.totalSize) }));
    const last = page[page.length - 1];
    return { rows: page, next: rows.length > search.limit && last ? last.id : null };
  }

  async counts(workspaceId: string): Promise<ParcelCounts> {
    const [row] = (await this.query(
      `SELECT count(*) FILTER (WHERE state = 'draft' AND expires_at > now())::int AS draft,
              count(*) FILTER (WHERE state = 'sent' AND expires_at > now())::int AS sent,
              count(*) FILTER (WHERE state = 'withdrawn')::int AS withdrawn,
              count(*) FILTER (WHERE state <> 'withdrawn' AND expires_at <= now())::int AS expired,
              (SELECT coalesce(sum(d.size), 0) FROM parcel_document d JOIN parcel q ON q.id = d.parcel_id
                WHERE q.workspace_id = $1 AND q.state <> 'withdrawn' AND q.expires_at > now()
                  AND d.state = 'stored')::text AS "storedBytes"
         FROM parcel WHERE workspace_id = $1`,
      [workspaceId],
    )) as (Omit<ParcelCounts, 'storedBytes'> & { storedBytes: string })[];
    return { ...row!, storedBytes: Number(row!.storedBytes) };
  }

  async dueReminders(before: Date, limit: number): Promise<DueReminder[]> {
    return (await this.query(
      `SELECT p.id AS "parcelId", p.workspace_id AS "workspaceId", r.account_id AS "accountId",
              p.expires_at AS "expiresAt"
         FROM parcel p JOIN parcel_recipient r ON r.parcel_id = p.id
        WHERE p.state = 'sent' AND p.expires_at > now() AND p.expires_at <= $1
          AND p.sent_at < p.expires_at - interval '3 days' AND r.reminded_at IS NULL
        ORDER BY p.expires_at LIMIT $2`,
      [before, limit],
    )) as DueReminder[];
  }

  async markReminded(parcelId: string, accountId: string): Promise<boolean> {
    const [, affected] = (await this.query(
      `UPDATE parcel_recipient SET reminded_at = now()
        WHERE parcel_id = $1 AND account_id = $2 AND reminded_at IS NULL`,
      [parcelId, accountId],
    )) as [unknown, number];
    return affected > 0;
  }

  private query(sql: string, params: unknown[]): Promise<unknown[]> {
    return this.context.manager().query(sql, params) as Promise<unknown[]>;
  }

  private parcels() {
    return this.context.manager().getRepository(ParcelEntity);
  }

  private documentRows() {
    return this.context.manager().getRepository(ParcelDocumentEntity);
  }
}
