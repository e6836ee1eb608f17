import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SetPasswordRequest } from '@guichet/contracts';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PasswordLinkDto } from './password-link.dto';

/**
 * Body of `POST /api/identity/password-link/use`. The password is judged by the workspace's
 * policy (`password: [rule ids]`); the cap here only bounds hostile input.
 */
export class SetPasswordDto extends PasswordLinkDto implements SetPasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(16_384)
  password!: string;

  @ApiPropertyOptional({ description: 'Required (true) for invitations: the terms of use' })
  @IsOptional()
  @IsBoolean()
  acceptTerms?: boolean;
}
