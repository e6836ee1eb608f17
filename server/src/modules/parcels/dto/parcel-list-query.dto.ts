import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ParcelListQuery } from '@guichet/contracts';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Query of the received and sent lists. */
export class ParcelListQueryDto implements ParcelListQuery {
  @ApiPropertyOptional({
    description: 'Words in the subject or the other party, any case or accent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}

/** Query of `GET /api/parcels/recipients`. */
export class RecipientQueryDto {
  @ApiPropertyOptional({ example: 'martin' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
