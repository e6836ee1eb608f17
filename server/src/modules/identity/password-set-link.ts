import type { PasswordLinkPurpose } from '@guichet/contracts';

/** A password-set link as stored (the token itself never is). */
export interface PasswordSetLink {
  id: string;
  accountId: string;
  workspaceId: string;
  purpose: PasswordLinkPurpose;
  /** Lower-case: where the link was mailed. */
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
  voidedAt: Date | null;
}

export interface NewPasswordSetLink {
  tokenHash: Buffer;
  accountId: string;
  workspaceId: string;
  purpose: PasswordLinkPurpose;
  email: string;
  expiresAt: Date;
}

/** Whether a link can still set a password: not used, not voided, not expired. */
export function isUsable(link: PasswordSetLink, now = Date.now()): boolean {
  return link.usedAt === null && link.voidedAt === null && link.expiresAt.getTime() > now;
}
