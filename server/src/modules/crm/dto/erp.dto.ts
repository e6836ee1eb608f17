import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErpMarketingOptOutRequest, ErpThirdPartyRequest } from '@guichet/contracts';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Trimmed } from './trimmed';

/** `integration/crm/third-parties/:reference`. */
export class ErpReferenceParams {
  @ApiProperty({ example: 'C00042' })
  @Matches(/^[A-Za-z0-9._-]{1,64}$/)
  reference!: string;
}

export class ErpThirdPartyDto implements ErpThirdPartyRequest {
  @ApiProperty({ example: 'Boulangerie Martin', maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  marketingOptOut?: boolean;
}

export class ErpMarketingOptOutDto implements ErpMarketingOptOutRequest {
  @ApiProperty()
  @IsBoolean()
  optedOut!: boolean;
}
