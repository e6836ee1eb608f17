export { DICTIONARIES } from './dictionaries';
export type { Dictionary, TranslationKey } from './fr';
export type { TranslationParams } from './interpolate';
export { LANGUAGE_OPTIONS, type LanguageOption } from './language-options';
export { provideI18n } from './provide-i18n';
export { TranslatePipe } from './translate-pipe';
export { TranslatedTitleStrategy } from './translated-title-strategy';
export { Translator } from './translator';
