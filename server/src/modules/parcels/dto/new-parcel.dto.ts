import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { NewParcelRequest } from '@guichet/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

/** Body of `POST /api/parcels`: a draft. */
export class NewParcelDto implements NewParcelRequest {
  @ApiProperty({ example: 'Relevés 2026', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;

  @ApiPropertyOptional({ maxLength: 10_000 })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  note?: string;

  @ApiPropertyOptional({ type: [String], description: 'Staff only: clients of the workspace' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  recipientIds?: string[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;
}
