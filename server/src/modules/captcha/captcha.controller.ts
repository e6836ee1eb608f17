import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type CaptchaChallenge } from '@guichet/contracts';
import { Public } from '../../core/http/public.decorator';
import { CaptchaService } from './captcha.service';

/** The challenge the `altcha` widget fetches (its `challenge` attribute points here). */
@ApiTags('captcha')
@Controller(ApiRoutes.captchaChallenge)
export class CaptchaController {
  constructor(private readonly captcha: CaptchaService) {}

  @Public()
  @Get()
  // Every page load needs its own challenge: a cached one would be refused as replayed.
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'A fresh signed ALTCHA challenge (proof of work) to solve' })
  challenge(): Promise<CaptchaChallenge> {
    return this.captcha.challenge();
  }
}
