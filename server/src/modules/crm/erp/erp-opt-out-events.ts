import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ErpMarketingOptOutEvent, MarketingOptOut } from '@guichet/contracts';
import { Outbox } from '../../outbox/outbox';
import { Workspaces } from '../../workspaces/workspaces';

export const ERP_OPT_OUT_EVENT = 'crm.third-party.marketing-opt-out';

/**
 * Tells the ERP that a third party's opt-out changed in Guichet (GDPR-1, sync both ways): an
 * outbox event in the caller's transaction, POSTed and signed by the worker after commit.
 */
@Injectable()
export class ErpOptOutEvents {
  constructor(
    private readonly outbox: Outbox,
    private readonly workspaces: Workspaces,
  ) {}

  async changed(
    workspaceId: string,
    reference: string,
    optOut: MarketingOptOut | null,
  ): Promise<void> {
    const workspace = await this.workspaces.findById(workspaceId);
    const id = randomUUID();
    const event: ErpMarketingOptOutEvent = {
      event: ERP_OPT_OUT_EVENT,
      id,
      workspace: workspace?.slug ?? '',
      reference,
      optedOut: optOut !== null,
      source: optOut?.source ?? null,
      at: optOut?.at ?? new Date().toISOString(),
    };
    await this.outbox.enqueueWebhook('erp', ERP_OPT_OUT_EVENT, event, {
      workspaceId,
      idempotencyKey: `erp-opt-out:${id}`,
    });
  }
}
