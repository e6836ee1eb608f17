import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { DEFAULT_LANGUAGE, type Language } from '@guichet/contracts';
import { downloadedDictionary, loadDictionary } from './dictionaries';
import type { TranslationKey } from './fr';
import { type TranslationParams, interpolate } from './interpolate';
import { LanguageStorage } from './language-storage';
import { isTranslationKey } from './translation-key';

/** The interface language and the lookup of its wording, as signals so OnPush views follow it. */
@Injectable({ providedIn: 'root' })
export class Translator {
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(LanguageStorage);
  private readonly current = signal<Language>(this.storage.read() ?? DEFAULT_LANGUAGE);
  /** The language of the last switch asked for, which may still be downloading. */
  private wanted = this.current();

  /** The current interface language; reading it in a template re-renders on change. */
  readonly language = this.current.asReadonly();

  constructor() {
    this.applyToDocument(this.current());
  }

  /** Downloads the wording of the start-up language; the first render waits for it. */
  async ready(): Promise<void> {
    await loadDictionary(this.current());
  }

  /**
   * Switches the interface language, remembers it and tells the browser (`<html lang>`): at once
   * when its wording is already downloaded, else once it is, so that no screen shows bare keys.
   * Of two quick switches, the last one asked for wins.
   */
  async use(language: Language): Promise<void> {
    this.wanted = language;
    if (downloadedDictionary(language) === undefined) await loadDictionary(language);
    if (this.wanted !== language) return;
    this.current.set(language);
    this.storage.write(language);
    this.applyToDocument(language);
  }

  /** Whether a string from outside the code (route data, a server code) is a known key. */
  has(key: string): key is TranslationKey {
    return isTranslationKey(key);
  }

  /**
   * The wording of `key` in the current language with `{name}` placeholders filled. Falls back to
   * French (when downloaded), then to the key itself: keys are checked at compile time, but a cast
   * string from the server must never blank the screen.
   */
  t(key: TranslationKey, params?: TranslationParams): string {
    const wording: Readonly<Partial<Record<string, string>>> | undefined = downloadedDictionary(
      this.current(),
    );
    const fallback: Readonly<Partial<Record<string, string>>> | undefined =
      downloadedDictionary(DEFAULT_LANGUAGE);
    const template = wording?.[key] ?? fallback?.[key] ?? key;
    return params ? interpolate(template, params) : template;
  }

  // Done synchronously rather than in an effect so that screen readers and the browser's own
  // translation offer see the right language as soon as the switch is used.
  private applyToDocument(language: Language): void {
    this.document.documentElement.lang = language;
  }
}
