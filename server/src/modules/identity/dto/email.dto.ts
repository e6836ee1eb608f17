import { ApiProperty } from '@nestjs/swagger';
import type { EnterEmailRequest } from '@guichet/contracts';
import { IsEmail, IsString, MaxLength } from 'class-validator';

/** An e-mail address typed in a form (RFC 5321 caps addresses at 254 characters). */
export class EmailDto implements EnterEmailRequest {
  @ApiProperty({ example: 's.bataillon@example.fr' })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;
}
