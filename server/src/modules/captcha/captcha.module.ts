import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { captchaConfig } from '../../core/config/captcha.config';
import { CaptchaController } from './captcha.controller';
import { CaptchaService } from './captcha.service';
import { CaptchaSolutionRepository } from './captcha-solution.repository';
import { CaptchaSolutionEntity } from './entities/captcha-solution.entity';
import { TypeOrmCaptchaSolutionRepository } from './typeorm-captcha-solution.repository';

/** AUTH-3: `GET /api/captcha/challenge`, and `CaptchaService.verify` for the protected forms. */
@Module({
  imports: [
    // Also listed in configNamespaces (validated at start); declared here so the module works
    // in any module graph that loads cryptoConfig.
    ConfigModule.forFeature(captchaConfig),
    TypeOrmModule.forFeature([CaptchaSolutionEntity]),
  ],
  controllers: [CaptchaController],
  providers: [
    CaptchaService,
    { provide: CaptchaSolutionRepository, useClass: TypeOrmCaptchaSolutionRepository },
  ],
  exports: [CaptchaService],
})
export class CaptchaModule {}
