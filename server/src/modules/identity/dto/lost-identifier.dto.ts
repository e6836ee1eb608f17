import { ApiProperty } from '@nestjs/swagger';
import type { LostIdentifierRequest } from '@guichet/contracts';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { CaptchaFormDto } from './captcha-form.dto';

/** Body of `POST /api/identity/lost-identifier` (IDV-4). */
export class LostIdentifierDto extends CaptchaFormDto implements LostIdentifierRequest {
  @ApiProperty({ example: 's.bataillon@example.fr' })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;
}
