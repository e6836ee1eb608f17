import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` of the parcel routes. */
export class ParcelIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

/** `:id/documents/:documentId`. */
export class DocumentParams extends ParcelIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  documentId!: string;
}
