import { ApiProperty } from '@nestjs/swagger';
import { CRM_OWNER_PATHS, type CrmOwnerPath } from '@guichet/contracts';
import { IsString, IsUUID, MaxLength } from 'class-validator';

const OWNER_PATHS = Object.values(CRM_OWNER_PATHS);

/** `crm/:owner/:id/…`: a company, contact or lead. */
export class OwnerParams {
  /** Anything else answers 404, as an unknown record does. */
  @ApiProperty({ enum: OWNER_PATHS })
  @IsString()
  @MaxLength(64)
  owner!: CrmOwnerPath;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

/** `crm/:owner/:id/<kind>/:itemId`: one sub-record of an owner. */
export class OwnerItemParams extends OwnerParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId!: string;
}

/** `crm/<records>/:id`. */
export class RecordIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
