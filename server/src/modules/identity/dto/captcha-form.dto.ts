import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The fields every pre-authentication form has: the firm (optional) and the CAPTCHA (AUTH-3). */
export class CaptchaFormDto {
  @ApiPropertyOptional({ example: 'demo' })
  @IsOptional()
  @IsString()
  @MaxLength(63)
  @Matches(/^[a-z0-9][a-z0-9-]*$/)
  workspace?: string;

  @ApiProperty({ description: 'ALTCHA payload solved by the widget' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4096)
  captcha!: string;
}
