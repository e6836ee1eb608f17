import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` of the account routes: a malformed id answers 422 like any other bad input. */
export class AccountIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
