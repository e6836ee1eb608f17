import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiRoutes, type ParcelOverview, type ParcelSettings, Role } from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { ParcelSettingsDto } from './dto/parcel-settings.dto';
import { ParcelOverviewService } from './parcel-overview.service';
import { ParcelSettingsService } from './parcel-settings.service';

/** The firm's limits for parcels and its overview, for its admins only. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class AdminParcelsController {
  constructor(
    private readonly settings: ParcelSettingsService,
    private readonly overview: ParcelOverviewService,
  ) {}

  @Get(ApiRoutes.adminParcelSettings)
  @ApiOkResponse({ description: 'Sizes, expiry default and maximum, allowed and denied types' })
  current(@CurrentSession() session: ActiveSession): Promise<ParcelSettings> {
    return this.settings.of(session.workspaceId);
  }

  @Put(ApiRoutes.adminParcelSettings)
  @ApiOkResponse({ description: 'The limits as stored' })
  @ApiUnprocessableEntityResponse({
    description: 'Limits out of range or contradicting each other',
  })
  change(
    @CurrentSession() session: ActiveSession,
    @Body() body: ParcelSettingsDto,
  ): Promise<ParcelSettings> {
    return this.settings.change(session.workspaceId, body);
  }

  @Get(ApiRoutes.adminParcelOverview)
  @ApiOkResponse({ description: 'Counts by state, bytes stored, clients without a manager' })
  parcels(@CurrentSession() session: ActiveSession): Promise<ParcelOverview> {
    return this.overview.of(session.workspaceId);
  }
}
