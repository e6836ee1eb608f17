import { Body, Controller, Get, HttpCode, Ip, Param, Post, Req, Res } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiRoutes,
  type ReceivedSecureMessage,
  type SecureMessageCodeSent,
  type SecureMessageLanding,
} from '@guichet/contracts';
import type { Request, Response } from 'express';
import { Public } from '../../core/http/public.decorator';
import { sendDocument } from '../parcels/download/content-response';
import { AttachmentParams, SecureMessageSessionDto, TokenParams } from './dto/secure-message.dto';
import { RecipientSessions } from './recipient-sessions';
import { SecureMessageReader } from './secure-message-reader.service';

/**
 * The external recipient's routes (PARCEL-8, OTP-3), public: the personal link authenticates
 * the landing and the code request; reading needs a recipient session of the link's address.
 */
@ApiTags('secure-messages')
@Controller()
@Public()
export class SecureMessageReaderController {
  constructor(
    private readonly reader: SecureMessageReader,
    private readonly sessions: RecipientSessions,
  ) {}

  @Get(ApiRoutes.readerLanding)
  @ApiOkResponse({ description: 'Sender and subject only; whether this browser may read it' })
  @ApiNotFoundResponse({ description: 'SECURE_MESSAGE_NOT_FOUND' })
  @ApiGoneResponse({ description: 'SECURE_MESSAGE_GONE: expired or withdrawn' })
  async landing(
    @Param() { token }: TokenParams,
    @Req() request: Request,
  ): Promise<SecureMessageLanding> {
    return this.reader.landing(token, await this.sessions.current(request));
  }

  @Post(ApiRoutes.readerCode)
  @HttpCode(200)
  @ApiOkResponse({ description: "A code was mailed to the link's address" })
  requestCode(@Param() { token }: TokenParams): Promise<SecureMessageCodeSent> {
    return this.reader.requestCode(token);
  }

  @Post(ApiRoutes.readerSession)
  @HttpCode(204)
  @ApiOkResponse({ description: 'The right code: a recipient session cookie' })
  async openSession(
    @Param() { token }: TokenParams,
    @Ip() ip: string,
    @Body() body: SecureMessageSessionDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const { workspaceId, email } = await this.reader.verify(token, body.code, ip ?? null);
    await this.sessions.open(response, workspaceId, email, body.privateComputer === true);
  }

  @Get(ApiRoutes.readerMessage)
  @ApiOkResponse({ description: 'The message, for a recipient session of its address' })
  async read(
    @Param() { token }: TokenParams,
    @Ip() ip: string,
    @Req() request: Request,
  ): Promise<ReceivedSecureMessage> {
    return this.reader.read(token, await this.sessions.current(request), ip ?? null);
  }

  @Get(ApiRoutes.readerAttachment)
  @ApiOkResponse({ description: 'The attachment, always as a download' })
  async attachment(
    @Param() { token, documentId }: AttachmentParams,
    @Ip() ip: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const session = await this.sessions.current(request);
    const content = await this.reader.attachment(token, documentId, session, ip ?? null);
    await sendDocument(request, response, content, 'attachment');
  }
}
