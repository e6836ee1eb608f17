import type { Language } from '@guichet/contracts';
import { en } from './en';
import { type Dictionary, fr } from './fr';

/** The wording of every supported language; both are small enough to ship in the main bundle. */
export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { fr, en };
