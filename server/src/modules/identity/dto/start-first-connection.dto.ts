import { ApiProperty } from '@nestjs/swagger';
import type { StartFirstConnectionRequest } from '@guichet/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';
import { CaptchaFormDto } from './captcha-form.dto';

/** Body of `POST /api/identity/first-connection` (IDV-3a). */
export class StartFirstConnectionDto extends CaptchaFormDto implements StartFirstConnectionRequest {
  @ApiProperty({ example: '25350003' })
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Za-z0-9._-]+$/)
  accessCode!: string;
}
