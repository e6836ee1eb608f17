import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiRoutes, type RetentionReport, type RetentionSettings, Role } from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { RetentionSettingsDto } from './dto/retention-settings.dto';
import { RetentionSettingsService } from './retention-settings.service';
import { Retention } from './retention.service';

/** The firm's retention periods and what they will erase (GDPR-5), for its admins only. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class AdminRetentionController {
  constructor(
    private readonly settings: RetentionSettingsService,
    private readonly retention: Retention,
  ) {}

  @Get(ApiRoutes.adminRetentionSettings)
  @ApiOkResponse({ description: 'Retention periods in months (CNIL defaults until changed)' })
  current(@CurrentSession() session: ActiveSession): Promise<RetentionSettings> {
    return this.settings.of(session.workspaceId);
  }

  @Put(ApiRoutes.adminRetentionSettings)
  @ApiOkResponse({ description: 'The periods as stored' })
  @ApiUnprocessableEntityResponse({ description: 'A period is not a whole number of 1–120 months' })
  change(
    @CurrentSession() session: ActiveSession,
    @Body() body: RetentionSettingsDto,
  ): Promise<RetentionSettings> {
    return this.settings.change(session.workspaceId, body);
  }

  @Get(ApiRoutes.adminRetentionReport)
  @ApiOkResponse({ description: 'Dry run: what is past its period, what expires within 30 days' })
  report(@CurrentSession() session: ActiveSession): Promise<RetentionReport> {
    return this.retention.report(session.workspaceId);
  }
}
