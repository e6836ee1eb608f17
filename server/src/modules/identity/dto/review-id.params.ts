import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` of an identity review. */
export class ReviewIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
