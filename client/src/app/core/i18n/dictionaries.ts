import type { Language } from '@guichet/contracts';
import type { Dictionary } from './fr';

/**
 * Each language's wording is a chunk of its own (~100 kB): a visitor downloads only the language
 * they read, and the other one on switching to it.
 */
const DOWNLOADS: Readonly<Record<Language, () => Promise<Dictionary>>> = {
  fr: () => import('./fr').then((module) => module.fr),
  en: () => import('./en').then((module) => module.en),
};

const downloaded: Partial<Record<Language, Dictionary>> = {};

/** The wording of `language`, downloaded the first time it is asked for. */
export async function loadDictionary(language: Language): Promise<Dictionary> {
  downloaded[language] ??= await DOWNLOADS[language]();
  return downloaded[language];
}

/** The wording of `language` if it is already downloaded (see `loadDictionary`). */
export function downloadedDictionary(language: Language): Dictionary | undefined {
  return downloaded[language];
}

/** Any downloaded wording, to tell keys from other strings: every language has the same keys. */
export function anyDownloadedDictionary(): Dictionary | undefined {
  return Object.values(downloaded)[0];
}
