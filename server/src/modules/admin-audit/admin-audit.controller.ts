import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { type AdminAuditPage, ApiRoutes, Role } from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { AdminAuditViewer } from './admin-audit-viewer.service';
import { AdminAuditQueryDto } from './dto/admin-audit-query.dto';

/** The firm's audit trail, for its admins only. */
@ApiTags('admin')
@Controller(ApiRoutes.adminAudit)
@Roles(Role.Admin)
export class AdminAuditController {
  constructor(private readonly viewer: AdminAuditViewer) {}

  @Get()
  @ApiOkResponse({
    description: "A page of the workspace's audit events, newest first (50 per page)",
  })
  @ApiUnprocessableEntityResponse({ description: 'A bad filter or cursor, keyed by field' })
  events(
    @CurrentSession() session: ActiveSession,
    @Query() query: AdminAuditQueryDto,
  ): Promise<AdminAuditPage> {
    return this.viewer.page(session.workspaceId, query);
  }
}
