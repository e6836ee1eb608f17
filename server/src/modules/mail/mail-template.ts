import type { Civility, Language } from '@guichet/contracts';

/** Every mail the product sends (MAIL-1). */
export enum MailTemplate {
  PasswordSetLink = 'password-set-link',
  PasswordChanged = 'password-changed',
  Invitation = 'invitation',
  LostIdentifier = 'lost-identifier',
  ParcelReceived = 'parcel-received',
  ParcelExpiring = 'parcel-expiring',
  SecureMessageNotice = 'secure-message-notice',
  OneTimeCode = 'one-time-code',
  /** GDPR art. 19: an erasure, told to the recipients the firm configured (no personal data). */
  ErasureNotice = 'erasure-notice',
  /** Two-step verification turned on or off by the owner, or reset by an admin. */
  SecondFactorChanged = 'second-factor-changed',
  /** A new mobile number, which now receives the sign-in codes. */
  MobileChanged = 'mobile-changed',
  /** To the address a password link replaced: it no longer receives the firm's mail. */
  EmailReplaced = 'email-replaced',
}

/** Who a mail goes to and how to greet them; an external recipient may have no name. */
export interface MailRecipient {
  email: string;
  language: Language;
  civility: Civility | null;
  firstName: string | null;
  lastName: string | null;
}

/**
 * The variables of each template. Links are absolute URLs built from the configured public URL
 * (`PublicLinks`), never from a request. No template takes a document or a password.
 */
export interface MailVariables {
  [MailTemplate.PasswordSetLink]: { link: string; expiresAt: Date };
  [MailTemplate.PasswordChanged]: { signInLink: string; changedAt: Date };
  [MailTemplate.Invitation]: { identifier: string; link: string; expiresAt: Date };
  [MailTemplate.LostIdentifier]: { identifier: string; link: string; expiresAt: Date };
  [MailTemplate.ParcelReceived]: { senderName: string; link: string; expiresAt: Date };
  [MailTemplate.ParcelExpiring]: { link: string; expiresAt: Date };
  [MailTemplate.SecureMessageNotice]: { senderName: string; link: string };
  [MailTemplate.OneTimeCode]: { code: string; validMinutes: number };
  [MailTemplate.ErasureNotice]: {
    /** `client`, `company`, `contact` or `lead`, and who asked: `admin` or `erp`. */
    kind: string;
    origin: string;
    erasedAt: Date;
    /** The tombstone id, to find the erasure again in Guichet and in backups. */
    reference: string;
    /** `account: 1, session: 2`: table names and counts only. */
    summary: string;
  };
  /** `resetByAdmin` only when off: an admin reset it for someone who lost it. */
  [MailTemplate.SecondFactorChanged]: { enabled: boolean; resetByAdmin: boolean; changedAt: Date };
  /** Masked as at sign-in (`+33 6 •• •• •• 10`): enough to recognise, no more. */
  [MailTemplate.MobileChanged]: { maskedMobile: string; changedAt: Date };
  /** The new address masked (`s.b******@example.fr`): a stranger reading the old mailbox learns little. */
  [MailTemplate.EmailReplaced]: { maskedEmail: string; changedAt: Date };
}

/** A mail to render: which template, for whom, on behalf of which firm. */
export interface MailRequest<T extends MailTemplate = MailTemplate> {
  template: T;
  workspaceName: string;
  to: MailRecipient;
  variables: MailVariables[T];
}

/** A rendered mail, ready for SMTP. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}
