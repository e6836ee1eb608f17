import type { Civility, IdentityReviewReason, IdentityReviewState } from '@guichet/contracts';

/** A request for an admin to check someone's identity (IDV-3b). */
export interface NewIdentityReview {
  workspaceId: string;
  accountId: string;
  /** Lower-case. */
  emailGiven: string;
  /** E.164. */
  mobileGiven: string;
  reason: IdentityReviewReason;
}

/** A review as the admin queue shows it, with the account and who decided. */
export interface IdentityReviewEntry extends NewIdentityReview {
  id: string;
  state: IdentityReviewState;
  createdAt: Date;
  /** created_at in UTC to the microsecond, for the cursor. */
  exactCreatedAt: string;
  decidedAt: Date | null;
  decidedBy: { id: string; firstName: string | null; lastName: string } | null;
  account: {
    accessCode: string;
    civility: Civility | null;
    firstName: string | null;
    lastName: string;
    email: string | null;
    mobile: string | null;
  };
}

export interface IdentityReviewQuery {
  workspaceId: string;
  state: IdentityReviewState;
  limit: number;
  /** Newest first: the page holds the reviews before this one. */
  before?: { createdAt: string; id: string };
}
