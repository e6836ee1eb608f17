import { Injectable } from '@nestjs/common';
import {
  type AdminAuditEvent,
  type AdminAuditPage,
  type AuditPerson,
  CommonErrorCode,
} from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import { displayName, type NamedAccount } from '../accounts/account-list-entry';
import { Accounts } from '../accounts/accounts';
import type { AuditEvent } from '../audit/audit-event';
import { AuditTrail } from '../audit/audit-trail';
import type { AdminAuditQueryDto } from './dto/admin-audit-query.dto';

/** Events per page of the viewer. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * The admin's view of the firm's audit trail, newest first. The trail holds ids only; names are
 * looked up now, in the admin's workspace, so an erased person shows as an id without a name.
 */
@Injectable()
export class AdminAuditViewer {
  constructor(
    private readonly trail: AuditTrail,
    private readonly accounts: Accounts,
  ) {}

  async page(workspaceId: string, query: AdminAuditQueryDto): Promise<AdminAuditPage> {
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from && to && from.getTime() >= to.getTime()) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', { to: ['afterFrom'] });
    }
    const page = await this.trail.page({
      workspaceId,
      accountId: query.accountId,
      kind: query.kind,
      from,
      to,
      limit: AUDIT_PAGE_SIZE,
      cursor: query.cursor,
    });
    const names = await this.accounts.namesOf(
      workspaceId,
      page.events.flatMap((event) => [event.actorId, event.targetIds.accountId]).filter(isId),
    );
    return {
      items: page.events.map((event) => this.describe(event, names)),
      nextCursor: page.nextCursor,
    };
  }

  private describe(event: AuditEvent, names: Map<string, NamedAccount>): AdminAuditEvent {
    const person = (id: string | null | undefined): AuditPerson | null => {
      if (!id) return null;
      const named = names.get(id);
      return { id, name: named ? displayName(named) : null };
    };
    return {
      id: event.id,
      kind: event.kind,
      outcome: event.outcome,
      occurredAt: event.occurredAt.toISOString(),
      actor: person(event.actorId),
      targetIds: event.targetIds,
      targetAccount: person(event.targetIds.accountId),
      ipPrefix: event.ipPrefix,
    };
  }
}

function isId(id: string | null | undefined): id is string {
  return typeof id === 'string' && id !== '';
}
