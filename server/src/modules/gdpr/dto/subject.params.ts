import { ApiProperty } from '@nestjs/swagger';
import { ERASURE_SUBJECT_KINDS } from '@guichet/contracts';
import { IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * `:kind/:id` of the GDPR routes. A malformed id answers 422 like any other bad input; a kind
 * that is not one of ours names nothing, so it answers 404 like an unknown id.
 */
export class SubjectParams {
  @ApiProperty({ enum: ERASURE_SUBJECT_KINDS })
  @IsString()
  @MaxLength(40)
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
