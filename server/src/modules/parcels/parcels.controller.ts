import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiRoutes,
  type ParcelDetail,
  ParcelErrorCode,
  type ParcelOptions,
  type ParcelPage,
  type ParcelRecipientOption,
  Role,
} from '@guichet/contracts';
import { HiddenWithoutSession } from '../../core/http/hidden-without-session.decorator';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { NewParcelDto } from './dto/new-parcel.dto';
import { ParcelExpiryDto } from './dto/parcel-expiry.dto';
import { ParcelListQueryDto, RecipientQueryDto } from './dto/parcel-list-query.dto';
import { ParcelIdParams } from './dto/parcel-params';
import { actorOf } from './parcel-actor';
import { ParcelDrafts } from './parcel-drafts.service';
import { ParcelReading } from './parcel-reading.service';

/** Secure parcels (PARCEL-1…PARCEL-7): lists, the parcel page, drafts, sending, withdrawal. */
@ApiTags('parcels')
@Controller()
export class ParcelsController {
  constructor(
    private readonly reading: ParcelReading,
    private readonly drafts: ParcelDrafts,
  ) {}

  @Post(ApiRoutes.parcels)
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The draft; documents are uploaded one by one, then sent' })
  @ApiConflictResponse({ description: 'PARCEL_NO_ACCOUNT_MANAGER (a client without one)' })
  create(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: NewParcelDto,
  ): Promise<ParcelDetail> {
    return this.drafts.create(actorOf(session, ip), body);
  }

  @Get(ApiRoutes.parcelsReceived)
  @ApiOkResponse({ description: '"Dossiers sécurisés": newest first, 25 per page' })
  received(
    @CurrentSession() session: ActiveSession,
    @Query() query: ParcelListQueryDto,
  ): Promise<ParcelPage> {
    return this.reading.list(actorOf(session, undefined), 'received', query);
  }

  @Get(ApiRoutes.parcelsSent)
  @ApiOkResponse({ description: '"Bordereaux d\'expédition": drafts and sent parcels' })
  sent(
    @CurrentSession() session: ActiveSession,
    @Query() query: ParcelListQueryDto,
  ): Promise<ParcelPage> {
    return this.reading.list(actorOf(session, undefined), 'sent', query);
  }

  @Get(ApiRoutes.parcelOptions)
  @ApiOkResponse({ description: 'Limits and, for a client, their account manager' })
  options(@CurrentSession() session: ActiveSession): Promise<ParcelOptions> {
    return this.reading.options(actorOf(session, undefined));
  }

  @Get(ApiRoutes.parcelRecipients)
  @Roles(Role.Staff, Role.Admin)
  @ApiOkResponse({ description: 'Clients of the firm matching the search, 20 at most' })
  recipients(
    @CurrentSession() session: ActiveSession,
    @Query() query: RecipientQueryDto,
  ): Promise<ParcelRecipientOption[]> {
    return this.reading.recipientOptions(actorOf(session, undefined), query.search);
  }

  @Get(ApiRoutes.parcel)
  @HiddenWithoutSession(ParcelErrorCode.NotFound)
  @ApiOkResponse({ description: 'The parcel page; a recipient opening it is recorded' })
  @ApiNotFoundResponse({ description: 'Not the sender or a recipient, expired, withdrawn' })
  detail(
    @CurrentSession() session: ActiveSession,
    @Param() { id }: ParcelIdParams,
  ): Promise<ParcelDetail> {
    return this.reading.detail(actorOf(session, undefined), id);
  }

  @Patch(ApiRoutes.parcel)
  @ApiOkResponse({ description: 'The parcel with its earlier expiry' })
  shortenExpiry(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ParcelIdParams,
    @Body() body: ParcelExpiryDto,
  ): Promise<ParcelDetail> {
    return this.drafts.shortenExpiry(actorOf(session, ip), id, body.expiresAt);
  }

  @Post(ApiRoutes.parcelSend)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Sent: the recipients see it and are notified' })
  @ApiConflictResponse({ description: 'PARCEL_WRONG_STATE, PARCEL_NO_ACCOUNT_MANAGER' })
  send(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ParcelIdParams,
  ): Promise<ParcelDetail> {
    return this.drafts.send(actorOf(session, ip), id);
  }

  @Post(ApiRoutes.parcelWithdraw)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn: gone from lists and links at once' })
  withdraw(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ParcelIdParams,
  ): Promise<void> {
    return this.drafts.withdraw(actorOf(session, ip), id);
  }
}
