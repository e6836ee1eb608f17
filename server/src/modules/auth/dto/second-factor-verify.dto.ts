import { ApiProperty } from '@nestjs/swagger';
import type { SecondFactorMethod, SecondFactorVerifyRequest } from '@guichet/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';

const METHODS: SecondFactorMethod[] = ['totp', 'sms', 'recovery'];

/** Body of `POST /api/auth/second-factor/verify` and of the setup confirmations. */
export class SecondFactorVerifyDto implements SecondFactorVerifyRequest {
  @ApiProperty({ enum: METHODS })
  @IsIn(METHODS)
  method!: SecondFactorMethod;

  @ApiProperty({ example: '123456' })
  @IsString()
  @MaxLength(32)
  code!: string;
}
