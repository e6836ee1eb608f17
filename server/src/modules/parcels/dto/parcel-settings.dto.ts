import { ApiProperty } from '@nestjs/swagger';
import type { ParcelSettings } from '@guichet/contracts';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min } from 'class-validator';

/** 1 TiB: larger than any document a firm exchanges, well inside a safe integer. */
const MAX_BYTES = 2 ** 40;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/** Body of `PUT /api/admin/parcel-settings`. */
export class ParcelSettingsDto implements ParcelSettings {
  @ApiProperty({ example: 104_857_600 })
  @IsInt()
  @Min(1)
  @Max(MAX_BYTES)
  maxFileBytes!: number;

  @ApiProperty({ example: 524_288_000 })
  @IsInt()
  @Min(1)
  @Max(MAX_BYTES)
  maxParcelBytes!: number;

  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(1)
  @Max(365)
  defaultExpiryDays!: number;

  @ApiProperty({ example: 90 })
  @IsInt()
  @Min(1)
  @Max(365)
  maxExpiryDays!: number;

  @ApiProperty({ type: [String], example: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(MIME, { each: true })
  allowedTypes!: string[];

  @ApiProperty({ type: [String], example: ['application/x-msdownload'] })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(MIME, { each: true })
  deniedTypes!: string[];
}
