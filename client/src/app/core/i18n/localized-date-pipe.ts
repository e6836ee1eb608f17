import { formatDate } from '@angular/common';
import { Pipe, type PipeTransform, inject } from '@angular/core';
import { LANGUAGE_OPTIONS } from './language-options';
import { Translator } from './translator';

/**
 * `{{ item.receivedAt | localizedDate }}`: a date in the current interface language. Angular's
 * `date` pipe reads `LOCALE_ID` once at start-up; this one follows the language switch at once.
 * Impure for the same reason as `translate`, with the last result kept so that a check of the view
 * does not reformat an unchanged date.
 */
@Pipe({ name: 'localizedDate', pure: false })
export class LocalizedDatePipe implements PipeTransform {
  private readonly translator = inject(Translator);
  private last?: { value: string; format: string; localeId: string; text: string };

  /** `format` is an Angular date format (`short`, `medium`, `HH:mm`, ...). */
  transform(value: string, format = 'medium'): string {
    const { localeId } = LANGUAGE_OPTIONS[this.translator.language()];
    const last = this.last;
    if (last?.value === value && last.format === format && last.localeId === localeId) {
      return last.text;
    }
    const text = formatDate(value, format, localeId);
    this.last = { value, format, localeId, text };
    return text;
  }
}
