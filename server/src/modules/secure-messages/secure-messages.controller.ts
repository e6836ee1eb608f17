import { Body, Controller, Get, HttpCode, Ip, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiRoutes,
  Role,
  type SentSecureMessage,
  type SentSecureMessagePage,
} from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { actorOf } from '../parcels/parcel-actor';
import {
  MessageIdParams,
  NewSecureMessageDto,
  ResendParams,
  SentMessagesQueryDto,
} from './dto/secure-message.dto';
import { SecureMessages } from './secure-messages.service';

/** Staff side of secure messages (PARCEL-8): compose, send, sent list, withdraw, resend. */
@ApiTags('secure-messages')
@Controller()
@Roles(Role.Staff, Role.Admin)
export class SecureMessagesController {
  constructor(private readonly messages: SecureMessages) {}

  @Post(ApiRoutes.secureMessages)
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'A draft; attachments via POST parcels/:id/documents' })
  create(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: NewSecureMessageDto,
  ): Promise<SentSecureMessage> {
    return this.messages.create(actorOf(session, ip), body);
  }

  @Get(ApiRoutes.secureMessagesSent)
  @ApiOkResponse({ description: "A page of the caller's messages with each address's receipt" })
  sent(
    @CurrentSession() session: ActiveSession,
    @Query() query: SentMessagesQueryDto,
  ): Promise<SentSecureMessagePage> {
    return this.messages.list(actorOf(session, undefined), query.cursor);
  }

  @Get(ApiRoutes.secureMessage)
  @ApiOkResponse({ description: 'One of the caller’s messages' })
  @ApiNotFoundResponse({ description: 'SECURE_MESSAGE_NOT_FOUND' })
  detail(
    @CurrentSession() session: ActiveSession,
    @Param() { id }: MessageIdParams,
  ): Promise<SentSecureMessage> {
    return this.messages.detail(actorOf(session, undefined), id);
  }

  @Post(ApiRoutes.secureMessageSend)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Sent: each address gets its notice with a personal link' })
  send(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: MessageIdParams,
  ): Promise<SentSecureMessage> {
    return this.messages.send(actorOf(session, ip), id);
  }

  @Post(ApiRoutes.secureMessageResend)
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new notice with a new link; the previous link stops working' })
  resend(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id, recipientId }: ResendParams,
  ): Promise<SentSecureMessage> {
    return this.messages.resend(actorOf(session, ip), id, recipientId);
  }

  @Post(ApiRoutes.secureMessageWithdraw)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn: every link answers 410 at once' })
  withdraw(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: MessageIdParams,
  ): Promise<void> {
    return this.messages.withdraw(actorOf(session, ip), id);
  }
}
