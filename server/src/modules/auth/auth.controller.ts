import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type SessionInfo, type SignInOptions } from '@guichet/contracts';
import type { Request, Response } from 'express';
import { Public } from '../../core/http/public.decorator';
import type { ActiveSession } from './active-session';
import {
  AllowPendingPasswordChange,
  AllowPendingSecondFactor,
} from './allow-pending-second-factor.decorator';
import { AuthService } from './auth.service';
import { SecondFactorVerifyDto } from './dto/second-factor-verify.dto';
import { SignInDto } from './dto/sign-in.dto';
import { CurrentSession } from './session-request';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get(ApiRoutes.authSignInOptions)
  @ApiOkResponse({ description: 'What the sign-in page needs (single-workspace deployment)' })
  options(): Promise<SignInOptions> {
    return this.auth.options();
  }

  @Public()
  @Post(ApiRoutes.authSignIn)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Signed in: the session cookie is set' })
  signIn(
    @Body() body: SignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionInfo> {
    return this.auth.signIn(body, request, response);
  }

  @Public()
  @Post(ApiRoutes.authSignOut)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The server session is over and the cookie cleared' })
  signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    return this.auth.signOut(request, response);
  }

  @AllowPendingSecondFactor()
  @Post(ApiRoutes.authSecondFactorSms)
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A code is on its way to the mobile on file' })
  sendSecondFactorSms(@CurrentSession() session: ActiveSession): Promise<void> {
    return this.auth.sendSecondFactorSms(session);
  }

  @AllowPendingSecondFactor()
  @Post(ApiRoutes.authSecondFactorVerify)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Second factor proven: a full session replaces the waiting one' })
  verifySecondFactor(
    @CurrentSession() session: ActiveSession,
    @Body() body: SecondFactorVerifyDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionInfo> {
    return this.auth.verifySecondFactor(session, body, request, response);
  }

  @AllowPendingSecondFactor()
  @AllowPendingPasswordChange()
  @Get(ApiRoutes.authSession)
  @ApiOkResponse({ description: 'The current session' })
  session(@CurrentSession() session: ActiveSession): Promise<SessionInfo> {
    return this.auth.describe(session);
  }

  @AllowPendingSecondFactor()
  @AllowPendingPasswordChange()
  @Post(ApiRoutes.authKeepAlive)
  @HttpCode(200)
  @ApiOkResponse({ description: 'The idle timeout starts again' })
  keepAlive(@CurrentSession() session: ActiveSession): Promise<SessionInfo> {
    return this.auth.describe(session);
  }
}
