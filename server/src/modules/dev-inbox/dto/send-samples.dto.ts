import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@guichet/contracts';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** Body of `POST /api/dev/inbox/samples`. */
export class SendSamplesDto {
  @ApiProperty({ example: 'claire.martin@demo.guichet.test' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ example: '06 12 34 56 78', description: 'Also send the SMS templates' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  mobile?: string;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language!: Language;
}
