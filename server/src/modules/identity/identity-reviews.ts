import { Injectable } from '@nestjs/common';
import {
  AuditEventKind,
  CommonErrorCode,
  IdentityErrorCode,
  type IdentityReview,
  type IdentityReviewPage,
  type IdentityReviewState,
} from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import { AppError } from '../../core/http/app-error';
import { displayName } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import { decodeAuditCursor, encodeAuditCursor } from '../audit/audit-cursor';
import { AuditLog } from '../audit/audit-log';
import { Workspaces } from '../workspaces/workspaces';
import type { IdentityReviewEntry, NewIdentityReview } from './identity-review';
import { IdentityReviewRepository } from './identity-review.repository';
import { PasswordLinks } from './password-links';

const PAGE_SIZE = 50;

/** The admin who decides, and from where. */
export interface ReviewActor {
  accountId: string;
  workspaceId: string;
  ip: string | null;
}

const notFound = () =>
  new AppError(IdentityErrorCode.ReviewNotFound, 'No such request in this workspace');

/**
 * The admin verification queue (IDV-3b): first connections that could not be verified by the
 * mobile on file or an SMS code. Approving mails an activation link to the address given; nothing
 * else is stored until that link is used, and the mobile given is never recorded (it was not
 * proven by a code: the admin checked the person, not the number).
 */
@Injectable()
export class IdentityReviews {
  constructor(
    private readonly repository: IdentityReviewRepository,
    private readonly accounts: Accounts,
    private readonly workspaces: Workspaces,
    private readonly links: PasswordLinks,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Queues a request (inside the flow's transaction); audited without personal data. */
  async request(review: NewIdentityReview, flowId: string, ip: string | null): Promise<void> {
    const reviewId = await this.repository.add(review);
    await this.audit.record({
      kind: AuditEventKind.IdentityReviewRequested,
      outcome: 'success',
      workspaceId: review.workspaceId,
      targetIds: { accountId: review.accountId, reviewId, flowId },
      ip,
    });
  }

  async page(
    workspaceId: string,
    state: IdentityReviewState,
    cursor?: string,
  ): Promise<IdentityReviewPage> {
    // The audit trail's cursor (exact time and id, newest first) serves the queue as well.
    const before = cursor ? decodeAuditCursor(cursor) : undefined;
    if (before === null) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'This cursor was not made here', {
        cursor: ['invalid'],
      });
    }
    const entries = await this.repository.page({
      workspaceId,
      state,
      limit: PAGE_SIZE,
      before: before && { createdAt: before.occurredAt, id: before.id },
    });
    const items = entries.slice(0, PAGE_SIZE);
    const last = items[items.length - 1];
    return {
      items: items.map(toReview),
      nextCursor:
        entries.length > PAGE_SIZE && last
          ? encodeAuditCursor({ occurredAt: last.exactCreatedAt, id: last.id })
          : null,
    };
  }

  /** Approves: an activation link goes to the address given (IDV-3b). */
  approve(actor: ReviewActor, id: string): Promise<IdentityReview> {
    return this.decide(actor, id, 'approved', async (review) => {
      const [account, workspace] = await Promise.all([
        this.accounts.findById(actor.workspaceId, review.accountId),
        this.workspaces.findById(actor.workspaceId),
      ]);
      if (!account || !workspace) throw notFound();
      await this.links.send({
        account,
        workspace,
        purpose: 'activation',
        email: review.emailGiven,
        actorId: actor.accountId,
        ip: actor.ip,
      });
    });
  }

  reject(actor: ReviewActor, id: string): Promise<IdentityReview> {
    return this.decide(actor, id, 'rejected', async () => undefined);
  }

  private decide(
    actor: ReviewActor,
    id: string,
    state: 'approved' | 'rejected',
    effect: (review: IdentityReviewEntry) => Promise<void>,
  ): Promise<IdentityReview> {
    return this.transactions.run(async () => {
      const review = await this.repository.find(actor.workspaceId, id);
      if (!review) throw notFound();
      if (!(await this.repository.decide(actor.workspaceId, id, state, actor.accountId))) {
        throw new AppError(IdentityErrorCode.ReviewDecided, 'This request was already decided');
      }
      await effect(review);
      await this.audit.record({
        kind:
          state === 'approved'
            ? AuditEventKind.IdentityReviewApproved
            : AuditEventKind.IdentityReviewRejected,
        outcome: 'success',
        workspaceId: actor.workspaceId,
        actorId: actor.accountId,
        targetIds: { accountId: review.accountId, reviewId: review.id },
        ip: actor.ip,
      });
      const decided = await this.repository.find(actor.workspaceId, id);
      return toReview(decided!);
    });
  }
}

function toReview(entry: IdentityReviewEntry): IdentityReview {
  return {
    id: entry.id,
    account: { id: entry.accountId, ...entry.account },
    emailGiven: entry.emailGiven,
    mobileGiven: entry.mobileGiven,
    reason: entry.reason,
    state: entry.state,
    createdAt: entry.createdAt.toISOString(),
    decidedAt: entry.decidedAt?.toISOString() ?? null,
    decidedBy: entry.decidedBy && { id: entry.decidedBy.id, name: displayName(entry.decidedBy) },
  };
}
