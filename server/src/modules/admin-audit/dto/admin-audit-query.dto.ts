import { ApiPropertyOptional } from '@nestjs/swagger';
import { type AdminAuditQuery, AuditEventKind } from '@guichet/contracts';
import {
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

/** Query of `GET /api/admin/audit`. */
export class AdminAuditQueryDto implements AdminAuditQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Events where this account acted or was the target',
  })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @ApiPropertyOptional({ enum: AuditEventKind })
  @IsOptional()
  @IsEnum(AuditEventKind)
  kind?: AuditEventKind;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'ISO 8601, inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'ISO 8601, exclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}
