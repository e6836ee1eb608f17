import type { Language } from '@guichet/contracts';

/** How a language is offered in the switch and which Angular locale formats its dates. */
export interface LanguageOption {
  readonly language: Language;
  /** Short visible label. */
  readonly short: string;
  /** The language's name in that language (endonym), so every reader recognises their own. */
  readonly name: string;
  /** Angular `LOCALE_ID` (data registered in provide-i18n.ts or built in). */
  readonly localeId: string;
}

/** Languages in the order the switch shows them, French first. */
export const LANGUAGE_OPTIONS: Readonly<Record<Language, LanguageOption>> = {
  fr: { language: 'fr', short: 'FR', name: 'Français', localeId: 'fr' },
  en: { language: 'en', short: 'EN', name: 'English', localeId: 'en' },
};
