import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language, type LanguageChange } from '@guichet/contracts';
import { IsIn } from 'class-validator';

/** The language of the account's mails and SMS. */
export class LanguageDto implements LanguageChange {
  @ApiProperty({ enum: LANGUAGES, example: 'en' })
  @IsIn(LANGUAGES)
  language!: Language;
}
