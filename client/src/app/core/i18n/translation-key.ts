import { anyDownloadedDictionary } from './dictionaries';
import type { TranslationKey } from './fr';

/**
 * Whether a string built at run time (`errors.${code}`) is a key of the dictionaries. Asked once
 * the start-up language is downloaded (`provideI18n` waits for it before the first render).
 */
export function isTranslationKey(key: string): key is TranslationKey {
  const wording = anyDownloadedDictionary();
  return wording !== undefined && Object.hasOwn(wording, key);
}
