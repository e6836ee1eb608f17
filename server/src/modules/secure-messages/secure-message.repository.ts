/** One address of a message, with its receipt. */
export interface MessageRecipient {
  id: string;
  parcelId: string;
  email: string;
  notifiedAt: Date | null;
  codeRequestedAt: Date | null;
  openedAt: Date | null;
  downloadedAt: Date | null;
}

/** A message as a link or a recipient session reaches it. */
export interface LinkedMessage {
  recipient: MessageRecipient;
  parcelId: string;
  workspaceId: string;
  senderId: string;
  subject: string;
  body: string;
  state: 'draft' | 'sent' | 'withdrawn';
  sentAt: Date | null;
  expiresAt: Date;
}

export interface RecipientSessionRecord {
  id: string;
  workspaceId: string;
  email: string;
  privateComputer: boolean;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
}

/** Port: secure messages' own rows — addresses, link hashes, receipts, recipient sessions. */
export abstract class SecureMessageRepository {
  /** An address of a draft, with the hash of a link nobody knows yet; gives its id. */
  abstract addRecipient(parcelId: string, email: string, tokenHash: Buffer): Promise<string>;

  abstract recipients(parcelId: string): Promise<MessageRecipient[]>;

  /** The message a personal link reaches, whatever its state (the caller decides). */
  abstract byToken(tokenHash: Buffer): Promise<LinkedMessage | null>;

  /** A new personal link: the previous one stops working. */
  abstract setToken(recipientId: string, tokenHash: Buffer): Promise<void>;

  abstract markNotified(recipientId: string): Promise<void>;

  abstract markCodeRequested(recipientId: string): Promise<void>;

  /** Records the first opening only. */
  abstract markOpened(recipientId: string): Promise<void>;

  /** One more download of the attachment by the address (first, last, count). */
  abstract recordDownload(recipientId: string, documentId: string): Promise<void>;

  /**
   * Ids of the sender's messages, newest first, `limit` of them after the message `after`; null
   * when `after` is not one of the sender's messages (a stale or foreign cursor).
   */
  abstract sentBy(
    workspaceId: string,
    senderId: string,
    after: string | undefined,
    limit: number,
  ): Promise<string[] | null>;

  /** Stores a new recipient session (and forgets the expired ones). */
  abstract openSession(
    session: Omit<RecipientSessionRecord, 'id'>,
    tokenHash: Buffer,
  ): Promise<void>;

  abstract session(tokenHash: Buffer): Promise<RecipientSessionRecord | null>;

  abstract touchSession(id: string): Promise<void>;

  abstract endSession(id: string): Promise<void>;

  /** Whether the parcel is a secure message (kind `message`). */
  abstract isMessage(parcelId: string): Promise<boolean>;
}
