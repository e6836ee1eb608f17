import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  Civility,
  CRM_LEAD_STATUSES,
  type CrmCompanyRequest,
  type CrmContactRequest,
  type CrmLeadRequest,
  type CrmLeadStatus,
} from '@guichet/contracts';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trimmed } from './trimmed';

/** Body of `POST /api/crm/companies`. */
export class CrmCompanyDto implements CrmCompanyRequest {
  @ApiProperty({ example: 'Boulangerie Martin', maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name!: string;
}

/** Body of `PATCH /api/crm/companies/:id`. */
export class CrmCompanyUpdateDto extends PartialType(CrmCompanyDto) {}

/** Fields of a person, contact or lead. */
class PersonDto {
  @ApiPropertyOptional({ enum: Civility, nullable: true })
  @IsOptional()
  @IsEnum(Civility)
  civility?: Civility | null;

  @ApiPropertyOptional({ example: 'Élise', nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  firstName?: string | null;

  @ApiProperty({ example: 'Martin' })
  @Trimmed()
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiPropertyOptional({ example: 'Gérante', nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  jobTitle?: string | null;
}

/** Body of `POST /api/crm/contacts`. */
export class CrmContactDto extends PersonDto implements CrmContactRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;
}

export class CrmContactUpdateDto extends PartialType(CrmContactDto) {}

/** Body of `POST /api/crm/leads`. */
export class CrmLeadDto extends PersonDto implements CrmLeadRequest {
  @ApiPropertyOptional({ example: 'SARL Dupont', nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  companyName?: string | null;

  @ApiPropertyOptional({ enum: CRM_LEAD_STATUSES })
  @IsOptional()
  @IsIn(CRM_LEAD_STATUSES)
  status?: CrmLeadStatus;
}

export class CrmLeadUpdateDto extends PartialType(CrmLeadDto) {}
