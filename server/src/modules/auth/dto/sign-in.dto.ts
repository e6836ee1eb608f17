import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SignInRequest } from '@guichet/contracts';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Body of `POST /api/auth/sign-in`; sizes bound what an attacker can make us hash or store. */
export class SignInDto implements SignInRequest {
  @ApiPropertyOptional({ example: 'demo' })
  @IsOptional()
  @IsString()
  @MaxLength(63)
  @Matches(/^[a-z0-9][a-z0-9-]*$/)
  workspace?: string;

  @ApiProperty({ example: '72018689', description: 'Access code or e-mail address' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  identifier!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;

  @ApiProperty({ description: 'ALTCHA payload solved by the widget' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4096)
  captcha!: string;

  @ApiPropertyOptional({ description: 'This is a private computer: stay signed in 12 hours' })
  @IsOptional()
  @IsBoolean()
  privateComputer?: boolean;
}
