import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiGoneResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type PasswordLinkInfo, type SetPasswordResult } from '@guichet/contracts';
import { Public } from '../../core/http/public.decorator';
import { PasswordLinkDto } from './dto/password-link.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { PasswordSetting } from './password-setting.service';

/** The password page of a mailed link (IDV-5, IDV-6); the token travels in bodies only. */
@ApiTags('identity')
@Controller()
@Public()
export class PasswordLinkController {
  constructor(private readonly setting: PasswordSetting) {}

  @Post(ApiRoutes.identityPasswordLink)
  @HttpCode(200)
  @ApiOkResponse({ description: 'What the password page shows' })
  @ApiGoneResponse({ description: 'IDENTITY_LINK_INVALID: unknown, used, replaced or expired' })
  describe(@Body() body: PasswordLinkDto, @Ip() ip: string): Promise<PasswordLinkInfo> {
    return this.setting.describe(body.token, ip);
  }

  @Post(ApiRoutes.identityPasswordLinkUse)
  @HttpCode(200)
  @ApiOkResponse({ description: 'Set: every session of the account ended; sign in now' })
  @ApiGoneResponse({ description: 'IDENTITY_LINK_INVALID' })
  use(@Body() body: SetPasswordDto, @Ip() ip: string): Promise<SetPasswordResult> {
    return this.setting.use(body, ip);
  }
}
