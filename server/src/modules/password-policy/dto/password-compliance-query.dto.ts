import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  PASSWORD_COMPLIANCE_REASONS,
  type PasswordComplianceQuery,
  type PasswordComplianceReason,
} from '@guichet/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Query of `GET /api/admin/password-compliance`. */
export class PasswordComplianceQueryDto implements PasswordComplianceQuery {
  @ApiPropertyOptional({ enum: PASSWORD_COMPLIANCE_REASONS })
  @IsOptional()
  @IsIn(PASSWORD_COMPLIANCE_REASONS)
  reason?: PasswordComplianceReason;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}
