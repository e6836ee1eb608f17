import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type OutboxMessageSummary } from '@guichet/contracts';
import { AdminAccessGuard } from '../../core/http/admin-access.guard';
import { OutboxAdminService } from './outbox-admin.service';

@ApiTags('admin')
@Controller(ApiRoutes.adminOutbox)
@UseGuards(AdminAccessGuard)
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Get()
  @ApiOkResponse({
    description: 'Pending, sending and failed messages, newest first, recipients masked',
  })
  undelivered(): Promise<OutboxMessageSummary[]> {
    return this.outbox.undelivered();
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The message is due again' })
  @ApiNotFoundResponse({ description: 'No such message' })
  retry(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<OutboxMessageSummary> {
    return this.outbox.retry(id);
  }
}
