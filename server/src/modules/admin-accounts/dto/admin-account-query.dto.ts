import { ApiPropertyOptional } from '@nestjs/swagger';
import { AccountState, type AdminAccountQuery, Role } from '@guichet/contracts';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Query of `GET /api/admin/accounts`. */
export class AdminAccountQueryDto implements AdminAccountQuery {
  @ApiPropertyOptional({
    example: 'elise dupont',
    description: 'Words found, ignoring case and accents, in names, access code or e-mail',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: Role })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ enum: AccountState })
  @IsOptional()
  @IsEnum(AccountState)
  state?: AccountState;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}
