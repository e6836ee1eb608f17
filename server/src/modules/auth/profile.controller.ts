import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiRoutes, type MobileChangeStarted, type Profile } from '@guichet/contracts';
import type { ActiveSession } from './active-session';
import { CodeDto } from './dto/code.dto';
import { LanguageDto } from './dto/language.dto';
import { MobileChangeDto } from './dto/mobile-change.dto';
import { ProfileMobileService } from './profile-mobile.service';
import { ProfileService } from './profile.service';
import { CurrentSession } from './session-request';

/** The signed-in user's own profile. */
@ApiTags('profile')
@Controller()
export class ProfileController {
  constructor(
    private readonly profile: ProfileService,
    private readonly mobile: ProfileMobileService,
  ) {}

  @Get(ApiRoutes.profile)
  @ApiOkResponse({ description: 'Identity, contact data and second-factor state of the owner' })
  read(@CurrentSession() session: ActiveSession): Promise<Profile> {
    return this.profile.read(session);
  }

  @Put(ApiRoutes.profileLanguage)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Mails and SMS go out in this language from now on' })
  @ApiUnprocessableEntityResponse({ description: 'Not a language of the product' })
  setLanguage(@CurrentSession() session: ActiveSession, @Body() body: LanguageDto): Promise<void> {
    return this.profile.setLanguage(session, body.language);
  }

  @Post(ApiRoutes.profileMobile)
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A code is on its way to the new number' })
  @ApiUnprocessableEntityResponse({ description: 'Wrong password, or not a mobile number' })
  @ApiTooManyRequestsResponse({ description: 'OTP_COOLDOWN or OTP_CAP_REACHED (Retry-After)' })
  changeMobile(
    @CurrentSession() session: ActiveSession,
    @Body() body: MobileChangeDto,
  ): Promise<MobileChangeStarted> {
    return this.mobile.begin(session, body.password, body.mobile);
  }

  @Post(ApiRoutes.profileMobileConfirm)
  @HttpCode(200)
  @ApiOkResponse({ description: 'The new number is on the profile, verified' })
  @ApiUnprocessableEntityResponse({ description: 'Wrong or expired code' })
  confirmMobile(
    @CurrentSession() session: ActiveSession,
    @Ip() ip: string,
    @Body() body: CodeDto,
  ): Promise<Profile> {
    return this.mobile.confirm(session, body.code, ip);
  }
}
