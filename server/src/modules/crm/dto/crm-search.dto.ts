import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CRM_LEAD_STATUSES,
  CRM_TARGET_ENTITIES,
  type CrmCriteria,
  type CrmLeadStatus,
  type CrmListQuery,
  type CrmMarketingExportQuery,
  type CrmPreferences,
  type CrmTargetEntity,
  type CrmTargetGroupRequest,
} from '@guichet/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trimmed } from './trimmed';

/** `true` / `false` of a query string; anything else stays as it is, for the validator to refuse. */
const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );

/** Criteria of lists, advanced search, target groups and marketing exports. */
export class CrmCriteriaDto implements CrmCriteria {
  @ApiPropertyOptional({ description: 'Words found in the name, an e-mail, a phone or a city' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{1,16}$/)
  postalCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: CRM_LEAD_STATUSES })
  @IsOptional()
  @IsIn(CRM_LEAD_STATUSES)
  status?: CrmLeadStatus;
}

/** Query of the CRM lists. */
export class CrmListQueryDto extends CrmCriteriaDto implements CrmListQuery {
  @ApiPropertyOptional({ description: "Default: the user's preference" })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  excludeMarketingOptOut?: boolean;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;
}

/**
 * Query of `GET /api/crm/target-groups/:id/members`. `excludeMarketingOptOut` is accepted and
 * ignored: a target group never holds opted-out records.
 */
export class MembersQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ description: 'Ignored: opted-out records are always left out' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  excludeMarketingOptOut?: boolean;
}

/**
 * Query of `GET /api/crm/marketing-export`. `excludeMarketingOptOut` is accepted and ignored:
 * a marketing export never holds opted-out records.
 */
export class CrmMarketingExportQueryDto extends CrmCriteriaDto implements CrmMarketingExportQuery {
  @ApiProperty({ enum: CRM_TARGET_ENTITIES })
  @IsIn(CRM_TARGET_ENTITIES)
  entity!: CrmTargetEntity;

  @ApiPropertyOptional({ description: 'Ignored: opted-out records are always left out' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  excludeMarketingOptOut?: boolean;
}

export class CrmTargetGroupDto implements CrmTargetGroupRequest {
  @ApiProperty({ example: 'Boulangeries de Lyon', maxLength: 100 })
  @Trimmed()
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: CRM_TARGET_ENTITIES })
  @IsIn(CRM_TARGET_ENTITIES)
  entity!: CrmTargetEntity;

  @ApiProperty({ type: CrmCriteriaDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CrmCriteriaDto)
  criteria!: CrmCriteriaDto;
}

export class CrmPreferencesDto implements CrmPreferences {
  @ApiProperty()
  @IsBoolean()
  excludeMarketingOptOut!: boolean;
}

export class MarketingOptOutDto {
  @ApiProperty()
  @IsBoolean()
  optedOut!: boolean;
}
