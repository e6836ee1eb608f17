import { Injectable } from '@nestjs/common';
import type { IdentityFlowState, IdentityReviewReason } from '@guichet/contracts';
import { Transactions } from '../../core/database/transactions';
import type { Account } from '../accounts/account';
import type { IdentityFlowData } from './identity-flow';
import { IdentityFlows, type LoadedFlow } from './identity-flows';
import { IdentityReviews } from './identity-reviews';
import { PasswordLinks } from './password-links';

/**
 * The two ends of a flow, shared by its steps: a link mailed (`link-sent`) or a request for an
 * admin (`under-review`). The step moves and its effects commit together, or neither does.
 */
@Injectable()
export class FlowEndings {
  constructor(
    private readonly flows: IdentityFlows,
    private readonly links: PasswordLinks,
    private readonly reviews: IdentityReviews,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Mails an activation link to `email` and moves to `link-sent`, showing `shownEmail`. `before`
   * runs first in the same transaction (e.g. recording the mobile a code just proved). Past the
   * account's hourly cap of links nothing is mailed and the pending link stays valid, but the
   * flow ends the same way: anyone holding an access code gets here, and must learn nothing.
   */
  sendLink(
    loaded: LoadedFlow,
    account: Account,
    email: { to: string; shown: string },
    ip: string,
    before: () => Promise<void> = async () => undefined,
  ): Promise<IdentityFlowState> {
    return this.transactions.run(async () => {
      const flow = await this.flows.advance(loaded.flow, 'link-sent', { shownEmail: email.shown });
      await before();
      await this.links.sendWithinHourlyCap({
        account,
        workspace: loaded.workspace,
        purpose: 'activation',
        email: email.to,
        ip,
      });
      return this.flows.state({ flow, workspace: loaded.workspace });
    });
  }

  /**
   * Moves to `under-review`; with an account, queues the request for an admin. A flow of an
   * unknown access code (no account) ends the same way with nothing stored (IDV-3c).
   */
  review(
    loaded: LoadedFlow,
    account: Account | null,
    reason: IdentityReviewReason,
    ip: string,
    data: IdentityFlowData = {},
  ): Promise<IdentityFlowState> {
    return this.transactions.run(async () => {
      const flow = await this.flows.advance(loaded.flow, 'under-review', data);
      const { emailGiven, mobileGiven } = flow.data;
      if (account && emailGiven && mobileGiven) {
        await this.reviews.request(
          {
            workspaceId: loaded.workspace.id,
            accountId: account.id,
            emailGiven,
            mobileGiven,
            reason,
          },
          flow.id,
          ip,
        );
      }
      return this.flows.state({ flow, workspace: loaded.workspace });
    });
  }
}
