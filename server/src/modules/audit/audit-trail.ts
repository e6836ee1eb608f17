import { Injectable } from '@nestjs/common';
import { CommonErrorCode } from '@guichet/contracts';
import { AppError } from '../../core/http/app-error';
import type { AuditEvent, AuditEventFilter } from './audit-event';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import { AuditEventRepository } from './audit-event.repository';

/** A query of the trail: a filter, and the opaque cursor of the previous page. */
export interface AuditTrailQuery extends Omit<AuditEventFilter, 'before'> {
  cursor?: string;
}

export interface AuditTrailPage {
  /** Newest first. */
  events: AuditEvent[];
  /** Opaque; null on the last page. */
  nextCursor: string | null;
}

/** Reading the audit trail, for the admin viewer; appending goes through `AuditLog`. */
@Injectable()
export class AuditTrail {
  constructor(private readonly repository: AuditEventRepository) {}

  /** One page of a workspace's events, newest first. A cursor it did not make answers 422. */
  async page({ cursor, ...filter }: AuditTrailQuery): Promise<AuditTrailPage> {
    const before = cursor === undefined ? undefined : decodeAuditCursor(cursor);
    if (before === null) {
      throw new AppError(CommonErrorCode.ValidationFailed, 'Invalid input', {
        cursor: ['invalidCursor'],
      });
    }
    const page = await this.repository.list({ ...filter, before });
    return { events: page.events, nextCursor: page.next && encodeAuditCursor(page.next) };
  }
}
