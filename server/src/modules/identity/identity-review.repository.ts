import type { IdentityReviewState } from '@guichet/contracts';
import type {
  IdentityReviewEntry,
  IdentityReviewQuery,
  NewIdentityReview,
} from './identity-review';

/** Port: the admin verification queue. */
export abstract class IdentityReviewRepository {
  abstract add(review: NewIdentityReview): Promise<string>;

  /** One page, newest first; one more entry than `limit` tells that another page follows. */
  abstract page(query: IdentityReviewQuery): Promise<IdentityReviewEntry[]>;

  abstract find(workspaceId: string, id: string): Promise<IdentityReviewEntry | null>;

  /** Decides a pending review; false when it was already decided (or is not the workspace's). */
  abstract decide(
    workspaceId: string,
    id: string,
    state: Exclude<IdentityReviewState, 'pending'>,
    deciderId: string,
  ): Promise<boolean>;
}
