import { Body, Controller, Get, HttpCode, Ip, Param, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiRoutes, type ErasurePreview, type ErasureResult, Role } from '@guichet/contracts';
import type { Response } from 'express';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { sendArchive } from '../parcels/download/content-response';
import { ErasureRequestDto } from './dto/erasure-request.dto';
import { SubjectParams } from './dto/subject.params';
import { Erasure } from './erasure/erasure.service';
import { PersonalDataExport } from './export/personal-data-export.service';

/** Erasure and export of a client or CRM record (GDPR-2, GDPR-4), for the workspace's admins. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class GdprController {
  constructor(
    private readonly erasure: Erasure,
    private readonly exports: PersonalDataExport,
  ) {}

  @Get(ApiRoutes.adminGdprErasure)
  @ApiOkResponse({ description: 'What the erasure would take, rows per table; nothing changes' })
  @ApiNotFoundResponse({ description: 'GDPR_SUBJECT_NOT_FOUND (also in another workspace)' })
  @ApiConflictResponse({ description: 'GDPR_ERP_LINKED, GDPR_NOT_ERASABLE' })
  preview(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { kind, id }: SubjectParams,
  ): Promise<ErasurePreview> {
    return this.erasure.preview(adminOf(session, ip), kind, id);
  }

  @Post(ApiRoutes.adminGdprErasure)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Erased in one transaction; the tombstone and the counts' })
  @ApiNotFoundResponse({ description: 'GDPR_SUBJECT_NOT_FOUND (also in another workspace)' })
  @ApiConflictResponse({ description: 'GDPR_ERP_LINKED, GDPR_NOT_ERASABLE' })
  @ApiUnprocessableEntityResponse({ description: 'GDPR_WRONG_CONFIRMATION: nothing changed' })
  erase(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { kind, id }: SubjectParams,
    @Body() body: ErasureRequestDto,
  ): Promise<ErasureResult> {
    return this.erasure.erase(adminOf(session, ip), kind, id, body.confirmation);
  }

  @Get(ApiRoutes.adminGdprExport)
  @ApiOkResponse({ description: 'A zip: donnees.json by category, and the documents, streamed' })
  @ApiNotFoundResponse({ description: 'GDPR_SUBJECT_NOT_FOUND (also in another workspace)' })
  async export(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { kind, id }: SubjectParams,
    @Res() response: Response,
  ): Promise<void> {
    const archive = await this.exports.archive(
      { workspaceId: session.workspaceId, accountId: session.accountId, ip },
      kind,
      id,
    );
    await sendArchive(response, archive);
  }
}

function adminOf(session: ActiveSession, ip: string) {
  return {
    workspaceId: session.workspaceId,
    accountId: session.accountId,
    origin: 'admin' as const,
    ip,
  };
}
