import { ApiPropertyOptional } from '@nestjs/swagger';
import type { IdentityReviewState } from '@guichet/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Query of `GET /api/admin/identity-reviews`. */
export class IdentityReviewQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  state?: IdentityReviewState;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}
