import { ApiProperty } from '@nestjs/swagger';
import type { PasswordLinkRequest } from '@guichet/contracts';
import { IsString, MaxLength } from 'class-validator';

/** Body of `POST /api/identity/password-link`: any text that is not a live token answers 410. */
export class PasswordLinkDto implements PasswordLinkRequest {
  @ApiProperty({ description: 'The token of the mailed link (`/set-password?token=…`)' })
  @IsString()
  @MaxLength(200)
  token!: string;
}
