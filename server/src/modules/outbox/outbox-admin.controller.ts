import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type OutboxMessageSummary, Role } from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { OutboxAdminService } from './outbox-admin.service';

/** The firm's undelivered messages, for its admins only. */
@ApiTags('admin')
@Controller(ApiRoutes.adminOutbox)
@Roles(Role.Admin)
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Get()
  @ApiOkResponse({
    description: 'Pending, sending and failed messages, newest first, recipients masked',
  })
  undelivered(@CurrentSession() session: ActiveSession): Promise<OutboxMessageSummary[]> {
    return this.outbox.undelivered(session.workspaceId);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The message is due again' })
  @ApiNotFoundResponse({ description: 'No such message in this workspace' })
  retry(
    @CurrentSession() session: ActiveSession,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<OutboxMessageSummary> {
    return this.outbox.retry(session.workspaceId, id);
  }
}
