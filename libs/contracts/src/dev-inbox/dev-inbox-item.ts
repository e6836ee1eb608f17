/** One mail or SMS captured by the development inbox (`GET /api/dev/inbox`). */
export interface DevInboxItem {
  id: string;
  channel: 'mail' | 'sms';
  to: string;
  /** Mail only. */
  subject: string | null;
  /** Mail only: the HTML part as sent. */
  html: string | null;
  /** The text part of a mail, or the SMS body. */
  text: string;
  /** ISO 8601. */
  receivedAt: string;
}
