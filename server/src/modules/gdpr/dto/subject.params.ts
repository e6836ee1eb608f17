import { ApiProperty } from '@nestjs/swagger';
import { ERASURE_SUBJECT_KINDS, type ErasureSubjectKind } from '@guichet/contracts';
import { IsIn, IsUUID } from 'class-validator';

/** `:kind/:id` of the GDPR routes: a malformed one answers 422 like any other bad input. */
export class SubjectParams {
  @ApiProperty({ enum: ERASURE_SUBJECT_KINDS })
  @IsIn(ERASURE_SUBJECT_KINDS)
  kind!: ErasureSubjectKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
