/** At most this many addresses per message. */
export const SECURE_MESSAGE_MAX_RECIPIENTS = 20;

/** POST `secure-messages`: a draft; attachments go through `parcels/:id/documents`, then `send`. */
export interface NewSecureMessageRequest {
  subject: string;
  body: string;
  recipients: string[];
  /** ISO date; absent: the workspace's default parcel expiry. */
  expiresAt?: string;
}

export interface SecureMessageAttachment {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** What happened for one address, as the sender sees it. */
export interface SecureMessageRecipientStatus {
  id: string;
  email: string;
  notifiedAt: string | null;
  codeRequestedAt: string | null;
  openedAt: string | null;
  downloadedAt: string | null;
}

export type SecureMessageState = 'draft' | 'sent' | 'withdrawn' | 'expired';

/** A message on its sender's side: the sent list and the compose page. */
export interface SentSecureMessage {
  id: string;
  subject: string;
  body: string;
  state: SecureMessageState;
  createdAt: string;
  sentAt: string | null;
  expiresAt: string;
  attachments: SecureMessageAttachment[];
  recipients: SecureMessageRecipientStatus[];
}

/** `GET /api/secure-messages/sent?cursor=`: the sender's messages, newest first, a page at a time. */
export interface SentSecureMessagePage {
  items: SentSecureMessage[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/** Messages in one page of the sent list. */
export const SENT_MESSAGES_PAGE_SIZE = 20;

/** GET `m/:token`: the link's landing page, before any code. */
export interface SecureMessageLanding {
  workspaceName: string;
  senderName: string;
  subject: string;
  /** The address, partly masked, where the code will go. */
  maskedEmail: string;
  /** True when this browser's recipient session already reads this address's messages. */
  signedIn: boolean;
}

/** POST `m/:token/code`: a code was mailed. */
export interface SecureMessageCodeSent {
  validMinutes: number;
  resendInSeconds: number;
}

/** POST `m/:token/session`. */
export interface SecureMessageSessionRequest {
  code: string;
  privateComputer?: boolean;
}

/** GET `m/:token/message`: what the recipient reads. */
export interface ReceivedSecureMessage {
  workspaceName: string;
  senderName: string;
  subject: string;
  /** Plain text: shown as text, never as HTML. */
  body: string;
  sentAt: string;
  expiresAt: string;
  attachments: SecureMessageAttachment[];
}
