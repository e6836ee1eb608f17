import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest } from '@guichet/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/**
 * Body of `POST /api/profile/password`. The new password is judged by the workspace's policy
 * (`fields.password: [rule ids]`); the caps here only bound hostile input.
 */
export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(16_384)
  newPassword!: string;
}
