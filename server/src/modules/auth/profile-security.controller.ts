import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type RecoveryCodes, type TotpSetup } from '@guichet/contracts';
import type { ActiveSession } from './active-session';
import { CodeDto } from './dto/code.dto';
import { PasswordConfirmationDto } from './dto/password-confirmation.dto';
import { ProfileSecurityService } from './profile-security.service';
import { CurrentSession } from './session-request';

/** A signed-in user's second factors (AUTH-8). */
@ApiTags('profile')
@Controller()
export class ProfileSecurityController {
  constructor(private readonly security: ProfileSecurityService) {}

  @Post(ApiRoutes.profileTotp)
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new authenticator secret (base32) and its otpauth:// URL' })
  beginTotp(
    @CurrentSession() session: ActiveSession,
    @Body() body: PasswordConfirmationDto,
  ): Promise<TotpSetup> {
    return this.security.beginTotp(session, body.password);
  }

  @Post(ApiRoutes.profileTotpConfirm)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Authenticator on; recovery codes, shown this once' })
  confirmTotp(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: CodeDto,
  ): Promise<RecoveryCodes> {
    return this.security.confirmTotp(session, body.code, ip);
  }

  @Post(ApiRoutes.profileSms)
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A code is on its way to the profile mobile' })
  beginSms(
    @CurrentSession() session: ActiveSession,
    @Body() body: PasswordConfirmationDto,
  ): Promise<void> {
    return this.security.beginSms(session, body.password);
  }

  @Post(ApiRoutes.profileSmsConfirm)
  @HttpCode(200)
  @ApiOkResponse({ description: 'SMS codes on; recovery codes if this is the first factor' })
  confirmSms(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: CodeDto,
  ): Promise<RecoveryCodes> {
    return this.security.confirmSms(session, body.code, ip);
  }

  @Post(ApiRoutes.profileSecondFactorDisable)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Every second factor is off' })
  disable(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: PasswordConfirmationDto,
  ): Promise<void> {
    return this.security.disable(session, body.password, ip);
  }
}
