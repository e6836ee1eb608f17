import { ApiProperty } from '@nestjs/swagger';
import type { ErasureRequest } from '@guichet/contracts';
import { IsString, MaxLength } from 'class-validator';

export class ErasureRequestDto implements ErasureRequest {
  @ApiProperty({ description: 'Exactly the `confirmation` of the preview (case ignored)' })
  @IsString()
  @MaxLength(300)
  confirmation!: string;
}
