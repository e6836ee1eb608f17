import type { PersonRef } from '../admin/admin-account-summary';
import type { Civility } from '../accounts/civility';

/** Why a first connection could not be verified automatically (IDV-3b). */
export type IdentityReviewReason =
  /** No e-mail, no mobile on file (or no match) and the workspace does not send SMS codes. */
  | 'no-sms-otp'
  /** The user said they no longer have the phone on file. */
  | 'phone-lost'
  /**
   * A first connection to an account that has a password or an address but no mobile on file:
   * a code sent to the number typed would prove nothing about who holds the account.
   */
  | 'unproven-mobile';

export type IdentityReviewState = 'pending' | 'approved' | 'rejected';

/** One line of `GET /api/admin/identity-reviews?state=` (admin verification queue). */
export interface IdentityReview {
  id: string;
  account: {
    id: string;
    accessCode: string;
    civility: Civility | null;
    firstName: string | null;
    lastName: string;
    /** What the firm has on file, in full for its admins. */
    email: string | null;
    mobile: string | null;
  };
  /** What the person typed; approving sends the password-set link to `emailGiven`. */
  emailGiven: string;
  /** E.164. */
  mobileGiven: string;
  reason: IdentityReviewReason;
  state: IdentityReviewState;
  /** ISO 8601. */
  createdAt: string;
  decidedAt: string | null;
  decidedBy: PersonRef | null;
}

/** A page of reviews, newest first (50 per page). */
export interface IdentityReviewPage {
  items: IdentityReview[];
  nextCursor: string | null;
}
