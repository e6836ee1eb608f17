import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CRM_COMMUNICATION_CHANNELS,
  CRM_OPPORTUNITY_STAGES,
  type CrmAddressRequest,
  type CrmCommunicationChannel,
  type CrmCommunicationDirection,
  type CrmCommunicationRequest,
  type CrmEmailRequest,
  type CrmOpportunityRequest,
  type CrmOpportunityStage,
  type CrmPhoneRequest,
  type CrmRemarkRequest,
} from '@guichet/contracts';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Trimmed } from './trimmed';

class LabelledDto {
  @ApiPropertyOptional({ example: 'Siège', maxLength: 50 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(50)
  label?: string;
}

export class CrmAddressDto extends LabelledDto implements CrmAddressRequest {
  @ApiProperty({ example: '12 rue de la Paix' })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  line1!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  line2?: string | null;

  @ApiPropertyOptional({ example: '75002', nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{1,16}$/)
  postalCode?: string | null;

  @ApiProperty({ example: 'Paris' })
  @Trimmed()
  @IsString()
  @Length(1, 100)
  city!: string;

  @ApiPropertyOptional({ example: 'FR', description: 'ISO 3166-1 alpha-2, default FR' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

export class CrmPhoneDto extends LabelledDto implements CrmPhoneRequest {
  @ApiProperty({ example: '01 42 68 53 00' })
  @IsString()
  @Length(1, 64)
  number!: string;
}

export class CrmEmailDto extends LabelledDto implements CrmEmailRequest {
  @ApiProperty({ example: 'contact@boulangerie-martin.fr' })
  @Trimmed()
  @IsEmail()
  @MaxLength(254)
  address!: string;
}

export class CrmRemarkDto implements CrmRemarkRequest {
  @ApiProperty({ maxLength: 5000 })
  @Trimmed()
  @IsString()
  @Length(1, 5000)
  text!: string;

  @ApiPropertyOptional({ description: 'The user saw the sensitive-data warning (GDPR-7)' })
  @IsOptional()
  @IsBoolean()
  acknowledgeSensitive?: boolean;
}

export class CrmCommunicationDto implements CrmCommunicationRequest {
  @ApiProperty({ enum: ['from-person', 'to-person'] })
  @IsIn(['from-person', 'to-person'])
  direction!: CrmCommunicationDirection;

  @ApiProperty({ enum: CRM_COMMUNICATION_CHANNELS })
  @IsIn(CRM_COMMUNICATION_CHANNELS)
  channel!: CrmCommunicationChannel;

  @ApiProperty({ example: '2026-03-02T10:00:00Z' })
  @IsISO8601({ strict: true })
  occurredAt!: string;

  @ApiProperty({ maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  subject!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 5000 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  summary?: string | null;
}

export class CrmOpportunityDto implements CrmOpportunityRequest {
  @ApiProperty({ maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ enum: CRM_OPPORTUNITY_STAGES })
  @IsOptional()
  @IsIn(CRM_OPPORTUNITY_STAGES)
  stage?: CrmOpportunityStage;

  @ApiPropertyOptional({ nullable: true, description: 'Euro cents' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountCents?: number | null;

  @ApiPropertyOptional({ example: '2026-06-30', nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsISO8601({ strict: true })
  expectedCloseOn?: string | null;
}
