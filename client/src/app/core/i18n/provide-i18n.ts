import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import {
  type EnvironmentProviders,
  LOCALE_ID,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { LANGUAGE_OPTIONS } from './language-options';
import { TranslatedTitleStrategy } from './translated-title-strategy';
import { Translator } from './translator';

/**
 * Wires the translation layer into the application: the wording of the start-up language,
 * downloaded before the first render, French locale data, translated page titles, and
 * `LOCALE_ID` for Angular's date and number pipes. `LOCALE_ID` is read once when pipes are
 * created, so it follows the language chosen at start-up (the stored preference); a switch made
 * during the visit applies to dates and numbers after the next page load.
 */
export function provideI18n(): EnvironmentProviders {
  registerLocaleData(localeFr);
  return makeEnvironmentProviders([
    provideAppInitializer(() => inject(Translator).ready()),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    {
      provide: LOCALE_ID,
      useFactory: () => LANGUAGE_OPTIONS[inject(Translator).language()].localeId,
    },
  ]);
}
