import type { NewPasswordSetLink, PasswordSetLink } from './password-set-link';

/** Port: password-set links (IDV-5). */
export abstract class PasswordSetLinkRepository {
  /** Voids the account's links still unused (a newer link or a password change), then adds one. */
  abstract replace(link: NewPasswordSetLink): Promise<string>;

  abstract findByTokenHash(tokenHash: Buffer): Promise<PasswordSetLink | null>;

  /** Marks the link used if it still is usable; false when it was not (used, voided, expired). */
  abstract markUsed(id: string): Promise<boolean>;

  /** Voids every unused link of the account (a password change). */
  abstract voidAllOf(accountId: string): Promise<void>;

  /** Links of the account created since a time, for a purpose (mail bombing guard). */
  abstract countSince(accountId: string, since: Date): Promise<number>;
}
