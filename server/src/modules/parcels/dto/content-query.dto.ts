import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** Query of a document's content: `inline` is honoured for viewable types only. */
export class ContentQueryDto {
  @ApiPropertyOptional({ enum: ['inline', 'attachment'] })
  @IsOptional()
  @IsIn(['inline', 'attachment'])
  disposition?: 'inline' | 'attachment';
}
