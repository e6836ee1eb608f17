import { ApiProperty } from '@nestjs/swagger';
import type { MobileChangeRequest } from '@guichet/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Body of `POST /api/profile/mobile`; the number itself is read by libphonenumber afterwards. */
export class MobileChangeDto implements MobileChangeRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;

  @ApiProperty({ example: '06 12 34 56 78' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  mobile!: string;
}
