import { ApiProperty } from '@nestjs/swagger';
import type { ErpErasureRequest } from '@guichet/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ErpErasureRequestDto implements ErpErasureRequest {
  @ApiProperty({ description: "The ERP third party's reference, as linked in Guichet" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  externalReference!: string;
}
