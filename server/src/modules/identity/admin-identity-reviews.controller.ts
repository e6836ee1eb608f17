import { Controller, Get, HttpCode, Ip, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type IdentityReview, type IdentityReviewPage, Role } from '@guichet/contracts';
import { Roles } from '../../core/http/roles.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CurrentSession } from '../auth/session-request';
import { IdentityReviewQueryDto } from './dto/identity-review-query.dto';
import { ReviewIdParams } from './dto/review-id.params';
import { IdentityReviews } from './identity-reviews';

/** The admin verification queue (IDV-3b), within the admin's own firm. */
@ApiTags('admin')
@Controller()
@Roles(Role.Admin)
export class AdminIdentityReviewsController {
  constructor(private readonly reviews: IdentityReviews) {}

  @Get(ApiRoutes.adminIdentityReviews)
  @ApiOkResponse({ description: 'A page of requests, newest first (50 per page)' })
  list(
    @CurrentSession() session: ActiveSession,
    @Query() query: IdentityReviewQueryDto,
  ): Promise<IdentityReviewPage> {
    return this.reviews.page(session.workspaceId, query.state ?? 'pending', query.cursor);
  }

  @Post(ApiRoutes.adminIdentityReviewApprove)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Approved: an activation link went to the address given' })
  @ApiNotFoundResponse({ description: 'No such request in this workspace' })
  @ApiConflictResponse({ description: 'IDENTITY_REVIEW_DECIDED' })
  approve(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ReviewIdParams,
  ): Promise<IdentityReview> {
    return this.reviews.approve({ ...actorOf(session), ip }, id);
  }

  @Post(ApiRoutes.adminIdentityReviewReject)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Rejected: nothing is sent' })
  @ApiNotFoundResponse({ description: 'No such request in this workspace' })
  @ApiConflictResponse({ description: 'IDENTITY_REVIEW_DECIDED' })
  reject(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Param() { id }: ReviewIdParams,
  ): Promise<IdentityReview> {
    return this.reviews.reject({ ...actorOf(session), ip }, id);
  }
}

function actorOf(session: ActiveSession) {
  return { accountId: session.accountId, workspaceId: session.workspaceId };
}
