import { Injectable } from '@nestjs/common';
import { EntityManagerContext } from '../../core/database/entity-manager-context';
import {
  type LinkedMessage,
  type MessageRecipient,
  type RecipientSessionRecord,
  SecureMessageRepository,
} from './secure-message.repository';

const RECIPIENT_COLUMNS = `r.id, r.parcel_id AS "parcelId", r.email, r.notified_at AS "notifiedAt",
  r.code_requested_at AS "codeRequestedAt", r.opened_at AS "openedAt",
  (SELECT max(d.last_at) FROM secure_message_download d WHERE d.recipient_id = r.id) AS "downloadedAt"`;

/** The port in SQL, within the caller's transaction when there is one. */
@Injectable()
export class TypeOrmSecureMessageRepository extends SecureMessageRepository {
  constructor(private readonly context: EntityManagerContext) {
    super();
  }

  async addRecipient(parcelId: string, email: string, tokenHash: Buffer): Promise<string> {
    const [row] = (await this.query(
      `INSERT INTO secure_message_recipient (parcel_id, email, token_hash) VALUES ($1, $2, $3) RETURNING id`,
      [parcelId, email, tokenHash],
    )) as { id: string }[];
    return row!.id;
  }

  async recipients(parcelId: string): Promise<MessageRecipient[]> {
    return (await this.query(
      `SELECT ${RECIPIENT_COLUMNS} FROM secure_message_recipient r WHERE r.parcel_id = $1 ORDER BY r.email`,
      [parcelId],
    )) as MessageRecipient[];
  }

  /** The message a personal link reaches, whatever its state (the caller decides). */
  async byToken(tokenHash: Buffer): Promise<LinkedMessage | null> {
    const rows = (await this.query(
      `SELECT ${RECIPIENT_COLUMNS}, p.workspace_id AS "workspaceId", p.sender_id AS "senderId",
              p.subject, p.note AS body, p.state, p.sent_at AS "sentAt", p.expires_at AS "expiresAt"
         FROM secure_message_recipient r JOIN parcel p ON p.id = r.parcel_id
        WHERE r.token_hash = $1 AND p.kind = 'message'`,
      [tokenHash],
    )) as (MessageRecipient & Omit<LinkedMessage, 'recipient'>)[];
    const row = rows[0];
    if (!row) return null;
    return {
      recipient: {
        id: row.id,
        parcelId: row.parcelId,
        email: row.email,
        notifiedAt: row.notifiedAt,
        codeRequestedAt: row.codeRequestedAt,
        openedAt: row.openedAt,
        downloadedAt: row.downloadedAt,
      },
      parcelId: row.parcelId,
      workspaceId: row.workspaceId,
      senderId: row.senderId,
      subject: row.subject,
      body: row.body,
      state: row.state,
      sentAt: row.sentAt,
      expiresAt: row.expiresAt,
    };
  }

  async setToken(recipientId: string, tokenHash: Buffer): Promise<void> {
    await this.query(`UPDATE secure_message_recipient SET token_hash = $2 WHERE id = $1`, [
      recipientId,
      tokenHash,
    ]);
  }

  async markNotified(recipientId: string): Promise<void> {
    await this.query(`UPDATE secure_message_recipient SET notified_at = now() WHERE id = $1`, [
      recipientId,
    ]);
  }

  async markCodeRequested(recipientId: string): Promise<void> {
    await this.query(
      `UPDATE secure_message_recipient SET code_requested_at = now() WHERE id = $1`,
      [recipientId],
    );
  }

  async markOpened(recipientId: string): Promise<void> {
    await this.query(
      `UPDATE secure_message_recipient SET opened_at = now() WHERE id = $1 AND opened_at IS NULL`,
      [recipientId],
    );
  }

  async recordDownload(recipientId: string, documentId: string): Promise<void> {
    await this.query(
      `INSERT INTO secure_message_download (recipient_id, document_id, first_at, last_at)
       VALUES ($1, $2, now(), now())
       ON CONFLICT (recipient_id, document_id)
       DO UPDATE SET last_at = now(), count = secure_message_download.count + 1`,
      [recipientId, documentId],
    );
  }

  /** The sender's messages (drafts and live ones), newest first, keyset-paged. */
  async sentBy(
    workspaceId: string,
    senderId: string,
    after: string | undefined,
    limit: number,
  ): Promise<string[] | null> {
    const mine = `workspace_id = $1 AND sender_id = $2 AND kind = 'message'`;
    if (after !== undefined) {
      const known = (await this.query(`SELECT 1 FROM parcel WHERE ${mine} AND id = $3`, [
        workspaceId,
        senderId,
        after,
      ])) as unknown[];
      if (known.length === 0) return null;
    }
    const rows = (await this.query(
      `SELECT id FROM parcel WHERE ${mine}
          AND ($3::uuid IS NULL OR (coalesce(sent_at, created_at), id) <
               (SELECT coalesce(sent_at, created_at), id FROM parcel WHERE id = $3))
        ORDER BY coalesce(sent_at, created_at) DESC, id DESC LIMIT $4`,
      [workspaceId, senderId, after ?? null, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async openSession(session: Omit<RecipientSessionRecord, 'id'>, tokenHash: Buffer): Promise<void> {
    await this.query(`DELETE FROM recipient_session WHERE absolute_expires_at <= now()`, []);
    await this.query(
      `INSERT INTO recipient_session (token_hash, workspace_id, email, private_computer, last_seen_at, absolute_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        tokenHash,
        session.workspaceId,
        session.email,
        session.privateComputer,
        session.lastSeenAt,
        session.absoluteExpiresAt,
      ],
    );
  }

  async session(tokenHash: Buffer): Promise<RecipientSessionRecord | null> {
    const rows = (await this.query(
      `SELECT id, workspace_id AS "workspaceId", email, private_computer AS "privateComputer",
              last_seen_at AS "lastSeenAt", absolute_expires_at AS "absoluteExpiresAt"
         FROM recipient_session WHERE token_hash = $1`,
      [tokenHash],
    )) as RecipientSessionRecord[];
    return rows[0] ?? null;
  }

  async touchSession(id: string): Promise<void> {
    await this.query(`UPDATE recipient_session SET last_seen_at = now() WHERE id = $1`, [id]);
  }

  async endSession(id: string): Promise<void> {
    await this.query(`DELETE FROM recipient_session WHERE id = $1`, [id]);
  }

  async isMessage(parcelId: string): Promise<boolean> {
    const rows = (await this.query(`SELECT 1 FROM parcel WHERE id = $1 AND kind = 'message'`, [
      parcelId,
    ])) as unknown[];
    return rows.length > 0;
  }

  private query(sql: string, params: unknown[]): Promise<unknown[]> {
    return this.context.manager().query(sql, params) as Promise<unknown[]>;
  }
}
