import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type NewSecureMessageRequest,
  SECURE_MESSAGE_MAX_RECIPIENTS,
  type SecureMessageSessionRequest,
} from '@guichet/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

/** Trimmed, lower-cased, without duplicates. */
const addresses = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)))]
    : value;

/** Body of `POST /api/secure-messages`: a draft to external addresses. */
export class NewSecureMessageDto implements NewSecureMessageRequest {
  @ApiProperty({ example: 'Votre dossier', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;

  @ApiProperty({ maxLength: 20_000, description: 'Plain text' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body!: string;

  @ApiProperty({ type: [String], maxItems: SECURE_MESSAGE_MAX_RECIPIENTS })
  @Transform(addresses)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SECURE_MESSAGE_MAX_RECIPIENTS)
  @IsEmail({}, { each: true })
  @MaxLength(254, { each: true })
  recipients!: string[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;
}

/** Body of `POST /api/m/:token/session`. */
export class SecureMessageSessionDto implements SecureMessageSessionRequest {
  @ApiProperty({ example: '482913' })
  @IsString()
  @Matches(/^\d{6}$/)
  code!: string;

  @ApiPropertyOptional({ description: 'Private computer: 12 hours, no idle timeout' })
  @IsOptional()
  @IsBoolean()
  privateComputer?: boolean;
}

export class MessageIdParams {
  @IsUUID('all')
  id!: string;
}

export class ResendParams extends MessageIdParams {
  @IsUUID('all')
  recipientId!: string;
}

export class TokenParams {
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/)
  token!: string;
}

export class AttachmentParams extends TokenParams {
  @IsUUID('all')
  documentId!: string;
}

/** Query of `GET /api/secure-messages/sent`. */
export class SentMessagesQueryDto {
  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}
