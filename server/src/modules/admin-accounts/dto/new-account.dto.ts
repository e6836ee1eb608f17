import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Civility,
  LANGUAGES,
  type Language,
  type NewAccountCredential,
  type NewAccountRequest,
  Role,
} from '@guichet/contracts';
import {
  IsEmail,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

const CREDENTIALS: NewAccountCredential[] = ['invitation', 'temporary-password'];

/** Body of `POST /api/admin/accounts` (IDV-8); sizes are the account table's. */
export class NewAccountDto implements NewAccountRequest {
  @ApiProperty({ enum: Role })
  @IsEnum(Role)
  role!: Role;

  @ApiProperty({ example: '25350010' })
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Za-z0-9._-]+$/)
  accessCode!: string;

  @ApiPropertyOptional({ enum: Civility, nullable: true })
  @IsOptional()
  @IsEnum(Civility)
  civility?: Civility | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string | null;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName!: string;

  @ApiPropertyOptional({ nullable: true, description: 'With an address, an invitation is mailed' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '06 06 10 10 10' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  mobile?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Clients only' })
  @IsOptional()
  @IsUUID()
  accountManagerId?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    enum: CREDENTIALS,
    default: 'invitation',
    description: 'temporary-password: the answer carries it once (PWD-3); nothing is mailed',
  })
  @IsOptional()
  @IsIn(CREDENTIALS)
  credential?: NewAccountCredential;
}
