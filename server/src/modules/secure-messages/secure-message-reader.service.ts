import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  type ReceivedSecureMessage,
  type SecureMessageCodeSent,
  type SecureMessageLanding,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import { AuditLog } from '../audit/audit-log';
import { OtpChallenges } from '../otp/otp-challenges';
import {
  type DocumentContent,
  DocumentDownload,
} from '../parcels/download/document-download.service';
import { visibleState } from '../parcels/parcel';
import { ParcelRepository } from '../parcels/parcel.repository';
import { Workspaces } from '../workspaces/workspaces';
import {
  codeRequired,
  messageGone,
  messageNotFound,
  otherAddress,
  wrongCode,
} from './secure-message-errors';
import { SecureMessageMails } from './secure-message-outbox';
import {
  type LinkedMessage,
  type RecipientSessionRecord,
  SecureMessageRepository,
} from './secure-message.repository';
import { maskEmail, tokenHash } from './secure-message-tokens';

/** The OTP purpose of the reader flow; the flow is the personal link (its hash). */
export const READER_OTP_PURPOSE = 'secure-message';

/**
 * The external recipient's side (PARCEL-8, OTP-3): a personal link shows sender and subject;
 * a code mailed to the link's address opens a recipient session for that workspace and address,
 * which then reads every live message to that address there, without another code or wait.
 */
@Injectable()
export class SecureMessageReader {
  constructor(
    private readonly messages: SecureMessageRepository,
    private readonly parcels: ParcelRepository,
    private readonly downloads: DocumentDownload,
    private readonly otp: OtpChallenges,
    private readonly mails: SecureMessageMails,
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async landing(
    token: string,
    session: RecipientSessionRecord | null,
  ): Promise<SecureMessageLanding> {
    const message = await this.live(token);
    const { workspaceName, senderName } = await this.names(message);
    return {
      workspaceName,
      senderName,
      subject: message.subject,
      maskedEmail: maskEmail(message.recipient.email),
      signedIn: session !== null && covers(session, message),
    };
  }

  /** Mails a code to the link's address (cooldown and caps of OTP-2). */
  async requestCode(token: string): Promise<SecureMessageCodeSent> {
    const message = await this.live(token);
    const workspace = await this.workspaces.findById(message.workspaceId);
    if (!workspace) throw messageNotFound();
    const sender = await this.accounts.findById(message.workspaceId, message.senderId);
    const flowId = flowOf(token);
    await this.transactions.run(async () => {
      const issued = await this.otp.issue({
        purpose: READER_OTP_PURPOSE,
        flowId,
        workspaceId: message.workspaceId,
        subject: null,
        recipient: message.recipient.email,
        validMinutes: workspace.otpValidMinutes,
      });
      await this.mails.code({
        workspaceId: workspace.id,
        workspaceName: workspace.name,
        language: sender?.language ?? 'fr',
        email: message.recipient.email,
        code: issued.code,
        validMinutes: issued.validMinutes,
      });
      await this.messages.markCodeRequested(message.recipient.id);
    });
    return {
      validMinutes: Math.min(workspace.otpValidMinutes ?? this.otp.validMinutes, 15),
      resendInSeconds: await this.otp.resendInSeconds(READER_OTP_PURPOSE, flowId),
    };
  }

  /** Checks the code; gives the workspace and the address the session is to be bound to. */
  async verify(
    token: string,
    code: string,
    ip: string | null,
  ): Promise<{ workspaceId: string; email: string }> {
    const message = await this.live(token);
    const proven = await this.otp.verifiedRecipient(READER_OTP_PURPOSE, flowOf(token), code);
    const right = proven !== null && proven === message.recipient.email;
    await this.record(AuditEventKind.SecureMessageCodeChecked, message, ip, undefined, right);
    if (!right) throw wrongCode();
    return { workspaceId: message.workspaceId, email: message.recipient.email };
  }

  /** The message, for a session of its address; the first opening goes on the receipt. */
  async read(
    token: string,
    session: RecipientSessionRecord | null,
    ip: string | null,
  ): Promise<ReceivedSecureMessage> {
    const message = await this.readable(token, session);
    await this.messages.markOpened(message.recipient.id);
    await this.record(AuditEventKind.SecureMessageOpened, message, ip);
    const [documents, names] = await Promise.all([
      this.parcels.documents(message.parcelId),
      this.names(message),
    ]);
    return {
      ...names,
      subject: message.subject,
      body: message.body,
      sentAt: new Date(message.sentAt!).toISOString(),
      expiresAt: new Date(message.expiresAt).toISOString(),
      attachments: documents
        .filter((d) => d.state === 'stored' && d.wrappedKey)
        .map((d) => ({ id: d.id, name: d.name, size: d.size, contentType: d.contentType })),
    };
  }

  /** One attachment, for download only; each download goes on the receipt. */
  async attachment(
    token: string,
    documentId: string,
    session: RecipientSessionRecord | null,
    ip: string | null,
  ): Promise<DocumentContent> {
    const message = await this.readable(token, session);
    const document = await this.parcels.document(message.parcelId, documentId);
    if (!document || document.state !== 'stored' || !document.wrappedKey) {
      throw messageNotFound();
    }
    await this.messages.markOpened(message.recipient.id);
    await this.messages.recordDownload(message.recipient.id, document.id);
    await this.record(AuditEventKind.SecureMessageAttachmentRead, message, ip, document.id);
    return this.downloads.contentOf(document);
  }

  private async readable(
    token: string,
    session: RecipientSessionRecord | null,
  ): Promise<LinkedMessage> {
    const message = await this.live(token);
    if (!session) throw codeRequired();
    if (!covers(session, message)) throw otherAddress();
    return message;
  }

  /** The link's message if sent and live: unknown or draft 404, expired or withdrawn 410. */
  private async live(token: string): Promise<LinkedMessage> {
    const message = await this.messages.byToken(tokenHash(token));
    if (!message || message.state === 'draft') throw messageNotFound();
    const state = visibleState({ state: message.state, expiresAt: new Date(message.expiresAt) });
    if (state !== 'sent') throw messageGone();
    return message;
  }

  /** Ids only in the trail (no address): the message, the recipient row, the attachment. */
  private record(
    kind: AuditEventKind,
    message: LinkedMessage,
    ip: string | null,
    documentId?: string,
    success = true,
  ): Promise<void> {
    return this.audit.record({
      kind,
      outcome: success ? 'success' : 'failure',
      workspaceId: message.workspaceId,
      targetIds: {
        parcelId: message.parcelId,
        recipientId: message.recipient.id,
        ...(documentId ? { documentId } : {}),
      },
      ip,
    });
  }

  private async names(
    message: LinkedMessage,
  ): Promise<{ workspaceName: string; senderName: string }> {
    const [workspace, sender] = await Promise.all([
      this.workspaces.findById(message.workspaceId),
      this.accounts.findById(message.workspaceId, message.senderId),
    ]);
    const workspaceName = workspace?.name ?? '';
    return { workspaceName, senderName: sender ? displayName(sender) : workspaceName };
  }
}

/** A session reads the messages to its own address in its own workspace, nothing else. */
function covers(session: RecipientSessionRecord, message: LinkedMessage): boolean {
  return session.workspaceId === message.workspaceId && session.email === message.recipient.email;
}

function flowOf(token: string): string {
  return tokenHash(token).toString('hex');
}
