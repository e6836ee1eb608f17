import { ApiProperty } from '@nestjs/swagger';
import {
  API_KEY_DEFAULT_LIFETIME_DAYS,
  API_KEY_MAX_LIFETIME_DAYS,
  API_KEY_SCOPES,
  type ApiKeyScope,
  type NewApiKeyRequest,
} from '@guichet/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';

/** Body of `POST /api/admin/api-keys`; the expiry's range is checked by the service. */
export class NewApiKeyDto implements NewApiKeyRequest {
  @ApiProperty({ example: 'ERP Sage', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes!: ApiKeyScope[];

  @ApiProperty({
    required: false,
    example: '2027-06-30T00:00:00Z',
    description:
      `In the future, at most ${API_KEY_MAX_LIFETIME_DAYS} days ahead; ` +
      `left out: ${API_KEY_DEFAULT_LIFETIME_DAYS} days. Every key expires (PWD-6): null is refused`,
  })
  // Left out takes the default; null asks for a key that never expires, which is refused.
  @ValidateIf((_, value) => value !== undefined)
  @IsISO8601({ strict: true })
  expiresAt?: string;
}
