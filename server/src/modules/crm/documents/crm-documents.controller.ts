import { pipeline } from 'node:stream/promises';
import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, CrmErrorCode, type CrmDocument, Role } from '@guichet/contracts';
import type { Request, Response } from 'express';
import { AppError } from '../../../core/http/app-error';
import { NoFileError, readMultipartFile } from '../../../core/http/multipart-file';
import { contentDisposition } from '../../parcels/download/content-response';
import { Roles } from '../../../core/http/roles.decorator';
import { type CrmActor, CurrentCrmActor } from '../crm-actor';
import { ownerOf } from '../crm-owner-of';
import { OwnerItemParams, OwnerParams } from '../dto/owner.params';
import { CrmDocuments } from './crm-documents.service';

/** Documents of a company, contact or lead: upload (multipart, field `file`), download, removal. */
@ApiTags('crm')
@Controller()
@Roles(Role.Staff, Role.Admin)
export class CrmDocumentsController {
  constructor(private readonly documents: CrmDocuments) {}

  @Post(ApiRoutes.crmDocuments)
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  async upload(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerParams,
    @Req() request: Request,
  ): Promise<CrmDocument> {
    const file = await readMultipartFile(request, 'file').catch((error: unknown) => {
      if (error instanceof NoFileError) {
        throw new AppError(CrmErrorCode.NoFile, 'Send one file in the field "file"');
      }
      throw error;
    });
    return this.documents.upload(ownerOf(actor, params), file);
  }

  @Get(ApiRoutes.crmDocumentContent)
  async content(
    @CurrentCrmActor() actor: CrmActor,
    @Param() params: OwnerItemParams,
    @Res() response: Response,
  ): Promise<void> {
    const { document, content } = await this.documents.read(ownerOf(actor, params), params.itemId);
    // Always a download: the browser never renders a file someone attached.
    response.status(200);
    response.setHeader('Content-Type', 'application/octet-stream');
    response.setHeader('Content-Length', String(document.size));
    response.setHeader('Content-Disposition', contentDisposition('attachment', document.name));
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'private, no-store');
    await pipeline(content, response);
  }

  @Delete(ApiRoutes.crmDocument)
  @HttpCode(204)
  remove(@CurrentCrmActor() actor: CrmActor, @Param() params: OwnerItemParams): Promise<void> {
    return this.documents.remove(ownerOf(actor, params), params.itemId);
  }
}
