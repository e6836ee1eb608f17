import { type TranslationKey, fr } from './fr';

/** Whether a string built at run time (`errors.${code}`) is a key of the dictionaries. */
export function isTranslationKey(key: string): key is TranslationKey {
  return Object.hasOwn(fr, key);
}
