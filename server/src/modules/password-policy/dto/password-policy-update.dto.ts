import { ApiProperty } from '@nestjs/swagger';
import {
  PASSWORD_POLICY_MODES,
  type PasswordPolicy,
  type PasswordPolicyMode,
  type PasswordPolicyPreset,
  type PasswordPolicyUpdate,
} from '@guichet/contracts';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const PRESETS: PasswordPolicyPreset[] = ['cnil-2022', 'seed-002-classic', 'nist-800-63b', 'custom'];

/** The rules of `PUT /api/admin/password-policy`; cross-field limits are checked by the service. */
export class PasswordPolicyDto implements PasswordPolicy {
  @ApiProperty({ enum: PRESETS, description: 'Recomputed by the server from the fields' })
  @IsIn(PRESETS)
  preset!: PasswordPolicyPreset;

  @ApiProperty({ minimum: 8, maximum: 128 })
  @IsInt()
  @Min(8)
  @Max(128)
  minLength!: number;

  @ApiProperty({ minimum: 64, maximum: 128, description: 'At least minLength' })
  @IsInt()
  @Min(64)
  @Max(128)
  maxLength!: number;

  @ApiProperty({ enum: [0, 1, 2, 3, 4] })
  @IsIn([0, 1, 2, 3, 4])
  requiredClasses!: 0 | 1 | 2 | 3 | 4;

  @ApiProperty({ minimum: 0, maximum: 128 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0)
  @Max(128)
  minEntropyBits!: number;

  @ApiProperty({ enum: [0, 1, 2, 3, 4] })
  @IsIn([0, 1, 2, 3, 4])
  minScore!: 0 | 1 | 2 | 3 | 4;

  @ApiProperty()
  @IsBoolean()
  blockList!: boolean;

  @ApiProperty({ minimum: 0, maximum: 24 })
  @IsInt()
  @Min(0)
  @Max(24)
  historySize!: number;

  @ApiProperty({ nullable: true, minimum: 30, maximum: 730 })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(30)
  @Max(730)
  maxAgeDays!: number | null;

  @ApiProperty({ nullable: true, minimum: 8, description: 'At most minLength' })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(8)
  @Max(128)
  minLengthWithSecondFactor!: number | null;
}

/** Body of `PUT /api/admin/password-policy`. */
export class PasswordPolicyUpdateDto implements PasswordPolicyUpdate {
  @ApiProperty({ enum: PASSWORD_POLICY_MODES })
  @IsIn(PASSWORD_POLICY_MODES)
  mode!: PasswordPolicyMode;

  @ApiProperty({ type: PasswordPolicyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PasswordPolicyDto)
  policy!: PasswordPolicyDto;
}
