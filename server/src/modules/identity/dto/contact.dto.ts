import { ApiProperty } from '@nestjs/swagger';
import type { ContactRequest } from '@guichet/contracts';
import { IsString, MaxLength } from 'class-validator';
import { EmailDto } from './email.dto';

/** Body of `POST /api/identity/flow/contact` (IDV-3b): both fields are mandatory. */
export class ContactDto extends EmailDto implements ContactRequest {
  @ApiProperty({ example: '06 06 10 10 10', description: 'French numbers by default' })
  @IsString()
  @MaxLength(64)
  mobile!: string;
}
