import { Body, Controller, Get, HttpCode, Ip, Post, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiRoutes, type PasswordChangeInfo, type SessionInfo } from '@guichet/contracts';
import type { Response } from 'express';
import type { ActiveSession } from '../auth/active-session';
import { AllowPendingPasswordChange } from '../auth/allow-pending-second-factor.decorator';
import { CurrentSession } from '../auth/session-request';
import { ChangePasswordDto } from './dto/change-password.dto';
import { PasswordChange } from './password-change.service';

/** The change-password page (PWD-3, PWD-5, and from the profile), open to a session that must use it. */
@ApiTags('profile')
@Controller()
@AllowPendingPasswordChange()
export class PasswordChangeController {
  constructor(private readonly passwordChange: PasswordChange) {}

  @Get(ApiRoutes.profilePassword)
  @ApiOkResponse({ description: 'The policy and context words for the live checklist' })
  describe(@CurrentSession() session: ActiveSession): Promise<PasswordChangeInfo> {
    return this.passwordChange.describe(session);
  }

  @Post(ApiRoutes.profilePassword)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Changed: a new session replaces this one; the others ended' })
  @ApiUnprocessableEntityResponse({
    description: 'fields.currentPassword: [invalid]; fields.password: [rule ids]',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords' })
  change(
    @CurrentSession() session: ActiveSession,
    @Body() body: ChangePasswordDto,
    @Ip() ip: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionInfo> {
    return this.passwordChange.change(session, body, ip, response);
  }
}
