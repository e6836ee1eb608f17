export type { Dictionary, TranslationKey } from './fr';
export type { TranslationParams } from './interpolate';
export { LANGUAGE_OPTIONS, type LanguageOption } from './language-options';
export { LocalizedDatePipe } from './localized-date-pipe';
export { provideI18n } from './provide-i18n';
export { TranslatePipe } from './translate-pipe';
export { TranslatedTitleStrategy } from './translated-title-strategy';
export { isTranslationKey } from './translation-key';
export { Translator } from './translator';
