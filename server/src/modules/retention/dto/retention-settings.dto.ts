import { ApiProperty } from '@nestjs/swagger';
import type { RetentionSettings } from '@guichet/contracts';
import { IsInt, Max, Min } from 'class-validator';

/** Body of `PUT /api/admin/retention/settings`: months, from 1 to 10 years. */
export class RetentionSettingsDto implements RetentionSettings {
  @ApiProperty({ example: 24 })
  @IsInt()
  @Min(1)
  @Max(120)
  inactiveClientMonths!: number;

  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  @Max(120)
  auditIpMonths!: number;

  @ApiProperty({ example: 36 })
  @IsInt()
  @Min(1)
  @Max(120)
  leadMonths!: number;
}
