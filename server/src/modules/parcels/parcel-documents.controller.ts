import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiRoutes, type ParcelDocument, ParcelErrorCode } from '@guichet/contracts';
import type { Request, Response } from 'express';
import { HiddenWithoutSession } from '../../core/http/hidden-without-session.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { MetricsService } from '../../core/metrics/metrics.service';
import { sendArchive, sendDocument, isContinuation } from './download/content-response';
import { DocumentDownload } from './download/document-download.service';
import { ContentQueryDto } from './dto/content-query.dto';
import { DocumentParams, ParcelIdParams } from './dto/parcel-params';
import { actorOf } from './parcel-actor';
import { ParcelDrafts } from './parcel-drafts.service';
import { DocumentUpload } from './upload/document-upload.service';
import { receiveFile } from './upload/receive-file';

/** A parcel's documents: upload into a draft, removal, content (Range), the whole as a zip. */
@ApiTags('parcels')
@Controller()
export class ParcelDocumentsController {
  constructor(
    private readonly uploads: DocumentUpload,
    private readonly downloads: DocumentDownload,
    private readonly drafts: ParcelDrafts,
    private readonly metrics: MetricsService,
  ) {}

  @Post(ApiRoutes.parcelDocuments)
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ description: 'Stored (and scanned): the document as the parcel lists it' })
  async upload(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ParcelIdParams,
    @Req() request: Request,
  ): Promise<ParcelDocument> {
    return this.uploads.upload(actorOf(session, ip), id, await receiveFile(request));
  }

  @Delete(ApiRoutes.parcelDocument)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed from the draft, its key and blob destroyed' })
  remove(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id, documentId }: DocumentParams,
  ): Promise<void> {
    return this.drafts.removeDocument(actorOf(session, ip), id, documentId);
  }

  @Get(ApiRoutes.parcelDocumentContent)
  @HiddenWithoutSession(ParcelErrorCode.NotFound)
  @ApiOkResponse({ description: 'The plain content, streamed; 206 for a Range' })
  async content(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id, documentId }: DocumentParams,
    @Query() query: ContentQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const content = await this.downloads.open(
      actorOf(session, ip),
      id,
      documentId,
      isContinuation(request),
    );
    await sendDocument(request, response, content, query.disposition);
    this.metrics.parcelBytesMoved('out', Number(response.getHeader('Content-Length') ?? 0));
  }

  @Get(ApiRoutes.parcelZip)
  @HiddenWithoutSession(ParcelErrorCode.NotFound)
  @ApiOkResponse({ description: 'Every document in one zip, streamed' })
  async zip(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ParcelIdParams,
    @Res() response: Response,
  ): Promise<void> {
    const archive = await this.downloads.archive(actorOf(session, ip), id);
    await sendArchive(response, archive);
    const bytes = archive.documents.reduce((sum, document) => sum + document.size, 0);
    this.metrics.parcelBytesMoved('out', bytes);
  }
}
