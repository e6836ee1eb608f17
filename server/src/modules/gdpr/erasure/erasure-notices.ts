import { Inject, Injectable } from '@nestjs/common';
import { gdprConfig, type GdprConfig } from '../../../core/config/gdpr.config';
import { MailTemplate } from '../../mail/mail-template';
import { Outbox } from '../../outbox/outbox';
import { Workspaces } from '../../workspaces/workspaces';
import type { ErasureTombstone } from '../tombstones/erasure-tombstone';

/**
 * GDPR art. 19: every erasure is told to the recipients the firm configured
 * (`GDPR_ERASURE_RECIPIENTS`), through the outbox in the erasure's own transaction. The notice
 * says what kind of record went, when, from where, its tombstone id and the counts — never who.
 */
@Injectable()
export class ErasureNotices {
  constructor(
    @Inject(gdprConfig.KEY) private readonly config: GdprConfig,
    private readonly outbox: Outbox,
    private readonly workspaces: Workspaces,
  ) {}

  async announce(tombstone: ErasureTombstone): Promise<void> {
    if (this.config.erasureRecipients.length === 0) return;
    const workspace = await this.workspaces.findById(tombstone.workspaceId);
    const summary = Object.entries(tombstone.counts)
      .map(([table, count]) => `${table}: ${count}`)
      .join(', ');
    for (const email of this.config.erasureRecipients) {
      await this.outbox.enqueueMail(
        {
          template: MailTemplate.ErasureNotice,
          workspaceName: workspace?.name ?? '',
          to: { email, language: 'fr', civility: null, firstName: null, lastName: null },
          variables: {
            kind: tombstone.subjectKind,
            origin: tombstone.origin,
            erasedAt: tombstone.erasedAt,
            reference: tombstone.id,
            summary,
          },
        },
        { workspaceId: tombstone.workspaceId, idempotencyKey: `erasure:${tombstone.id}:${email}` },
      );
    }
  }
}
