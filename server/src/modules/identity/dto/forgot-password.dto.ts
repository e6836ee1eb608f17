import { ApiProperty } from '@nestjs/swagger';
import type { ForgotPasswordRequest } from '@guichet/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CaptchaFormDto } from './captcha-form.dto';

/** Body of `POST /api/identity/forgot-password` (IDV-4). */
export class ForgotPasswordDto extends CaptchaFormDto implements ForgotPasswordRequest {
  @ApiProperty({ example: '70016968', description: 'Access code or e-mail address' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  identifier!: string;
}
