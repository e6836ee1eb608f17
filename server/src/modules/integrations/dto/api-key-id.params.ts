import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` of the API key routes. */
export class ApiKeyIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
