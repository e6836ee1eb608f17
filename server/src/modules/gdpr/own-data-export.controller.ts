import { Controller, Get, Ip, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, Role } from '@guichet/contracts';
import type { Response } from 'express';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { sendArchive } from '../parcels/download/content-response';
import { PersonalDataExport } from './export/personal-data-export.service';

/** A signed-in client's own data (GDPR-4), from the profile page. */
@ApiTags('profile')
@Controller()
@Roles(Role.Client)
export class OwnDataExportController {
  constructor(private readonly exports: PersonalDataExport) {}

  @Get(ApiRoutes.profileDataExport)
  @ApiOkResponse({ description: 'A zip of everything about the client, streamed' })
  async export(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Res() response: Response,
  ): Promise<void> {
    const actor = { workspaceId: session.workspaceId, accountId: session.accountId, ip };
    await sendArchive(response, await this.exports.archive(actor, 'client', session.accountId));
  }
}
