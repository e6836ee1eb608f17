import { ApiProperty } from '@nestjs/swagger';
import type { ParcelExpiryRequest } from '@guichet/contracts';
import { IsISO8601 } from 'class-validator';

/** Body of `PATCH /api/parcels/:id`: an earlier expiry. */
export class ParcelExpiryDto implements ParcelExpiryRequest {
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  expiresAt!: string;
}
