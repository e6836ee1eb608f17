import { Body, Controller, Delete, Get, HttpCode, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type IdentityFlowState } from '@guichet/contracts';
import type { Request, Response } from 'express';
import { Public } from '../../core/http/public.decorator';
import type { ActiveSession } from '../auth/active-session';
import { CodeDto } from '../auth/dto/code.dto';
import { CurrentSession } from '../auth/session-request';
import { ContactCheck } from './contact-check.service';
import { ContactDto } from './dto/contact.dto';
import { EmailDto } from './dto/email.dto';
import { ForgotPasswordDto } from './dto/forgot-password.dto';
import { LostIdentifierDto } from './dto/lost-identifier.dto';
import { StartFirstConnectionDto } from './dto/start-first-connection.dto';
import { EmailSteps } from './email-steps.service';
import { FirstConnection } from './first-connection.service';
import { FlowCookie } from './flow-cookie';
import type { StartedFlow } from './flow-start';
import { ForgottenCredentials } from './forgotten-credentials.service';
import { IdentityFlows } from './identity-flows';
import { LegacyMigration } from './legacy-migration.service';

/**
 * The identity wizards (IDV-2…IDV-4, IDV-7). A flow is named by the `guichet_flow` cookie; each
 * step answers the flow's new state, or 404 (no flow), 409 (not this step), 410 (ended).
 */
@ApiTags('identity')
@Controller()
export class IdentityController {
  constructor(
    private readonly cookie: FlowCookie,
    private readonly flows: IdentityFlows,
    private readonly firstConnection: FirstConnection,
    private readonly legacyMigration: LegacyMigration,
    private readonly emailSteps: EmailSteps,
    private readonly contactCheck: ContactCheck,
    private readonly forgotten: ForgottenCredentials,
  ) {}

  @Public()
  @Post(ApiRoutes.identityFirstConnection)
  @HttpCode(200)
  @ApiOkResponse({ description: 'A flow started: `confirm-email` or `contact`' })
  async startFirstConnection(
    @Body() body: StartFirstConnectionDto,
    @Ip() ip: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IdentityFlowState> {
    const started = await this.firstConnection.start(body, this.caller(request, ip));
    return this.started(response, started);
  }

  @Post(ApiRoutes.identityLegacyMigration)
  @HttpCode(200)
  @ApiOkResponse({ description: 'A flow started: `confirm-email` or `enter-email`' })
  async startLegacyMigration(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IdentityFlowState> {
    const started = await this.legacyMigration.start(session, this.caller(request, ip));
    return this.started(response, started);
  }

  @Public()
  @Get(ApiRoutes.identityFlow)
  @ApiOkResponse({ description: 'Where the flow stands (to resume after a refresh)' })
  async flow(@Req() request: Request): Promise<IdentityFlowState> {
    return this.flows.state(await this.flows.load(this.cookie.read(request)));
  }

  @Public()
  @Delete(ApiRoutes.identityFlow)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The flow is cancelled' })
  async cancel(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.flows.cancel(this.cookie.read(request));
    this.cookie.clear(response);
  }

  @Public()
  @Post(ApiRoutes.identityFlowConfirmEmail)
  @HttpCode(200)
  @ApiOkResponse({ description: '`link-sent`: the link went to the address on file' })
  confirmEmail(@Req() request: Request, @Ip() ip: string): Promise<IdentityFlowState> {
    return this.emailSteps.confirm(this.cookie.read(request), ip);
  }

  @Public()
  @Post(ApiRoutes.identityFlowReplaceEmail)
  @HttpCode(200)
  @ApiOkResponse({ description: '`contact`: a new address needs the mobile check' })
  replaceEmail(@Req() request: Request): Promise<IdentityFlowState> {
    return this.emailSteps.replace(this.cookie.read(request));
  }

  @Public()
  @Post(ApiRoutes.identityFlowEmail)
  @HttpCode(200)
  @ApiOkResponse({ description: '`link-sent`: the link went to the address given' })
  enterEmail(
    @Req() request: Request,
    @Ip() ip: string,
    @Body() body: EmailDto,
  ): Promise<IdentityFlowState> {
    return this.emailSteps.enter(this.cookie.read(request), body.email, ip);
  }

  @Public()
  @Post(ApiRoutes.identityFlowContact)
  @HttpCode(200)
  @ApiOkResponse({ description: '`link-sent`, `verify-code` or `under-review`' })
  contact(
    @Req() request: Request,
    @Ip() ip: string,
    @Body() body: ContactDto,
  ): Promise<IdentityFlowState> {
    return this.contactCheck.contact(this.cookie.read(request), body, ip);
  }

  @Public()
  @Post(ApiRoutes.identityFlowCode)
  @HttpCode(200)
  @ApiOkResponse({ description: '`link-sent`; a wrong code answers 422, the last one 410' })
  verifyCode(
    @Req() request: Request,
    @Ip() ip: string,
    @Body() body: CodeDto,
  ): Promise<IdentityFlowState> {
    return this.contactCheck.verify(this.cookie.read(request), body.code, ip);
  }

  @Public()
  @Post(ApiRoutes.identityFlowResendCode)
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new code went out (429 with Retry-After during the cooldown)' })
  resendCode(@Req() request: Request, @Ip() ip: string): Promise<IdentityFlowState> {
    return this.contactCheck.resend(this.cookie.read(request), ip);
  }

  @Public()
  @Post(ApiRoutes.identityFlowAskReview)
  @HttpCode(200)
  @ApiOkResponse({ description: '`under-review`: an admin will check the request' })
  askReview(@Req() request: Request, @Ip() ip: string): Promise<IdentityFlowState> {
    return this.contactCheck.askReview(this.cookie.read(request), ip);
  }

  @Public()
  @Post(ApiRoutes.identityForgotPassword)
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always: a link went out if an account matched' })
  forgotPassword(@Body() body: ForgotPasswordDto, @Ip() ip: string): Promise<void> {
    return this.forgotten.forgotPassword(body, ip);
  }

  @Public()
  @Post(ApiRoutes.identityLostIdentifier)
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always: a mail went out if an account matched' })
  lostIdentifier(@Body() body: LostIdentifierDto, @Ip() ip: string): Promise<void> {
    return this.forgotten.lostIdentifier(body, ip);
  }

  private caller(request: Request, ip: string) {
    return { ip, flowToken: this.cookie.read(request) };
  }

  private started(response: Response, started: StartedFlow): IdentityFlowState {
    this.cookie.set(response, started.token);
    return started.state;
  }
}
