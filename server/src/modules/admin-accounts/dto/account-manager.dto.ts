import { ApiProperty } from '@nestjs/swagger';
import type { AccountManagerRequest } from '@guichet/contracts';
import { IsUUID, ValidateIf } from 'class-validator';

/** Body of `PUT /api/admin/accounts/:id/account-manager`. */
export class AccountManagerDto implements AccountManagerRequest {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'null removes the assignment' })
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID()
  accountManagerId!: string | null;
}
